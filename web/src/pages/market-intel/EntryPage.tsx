import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime, formatFenText } from '../../components/format';
import { EntryFormModal } from './EntryFormModal';
import { useEntry } from './hooks';

/** OPS-10: one piece of market information; changed by its writer within the window or by those above. */
export function EntryPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useEntry(id);
  const [editing, setEditing] = useState(false);
  const e = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card
      title={t('marketIntel.entry')}
      loading={query.isLoading}
      extra={
        e?.can.edit && (
          <Button onClick={() => setEditing(true)} data-testid="market-intel-edit">
            {t('marketIntel.edit')}
          </Button>
        )
      }
    >
      {e && (
        <>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('marketIntel.fields.kind')}>
              {t(`marketIntel.kinds.${e.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.observedOn')}>
              {formatDate(e.observedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.competitor')}>{e.competitor}</Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.product')}>{e.product}</Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.price')}>
              {e.priceFen ? formatFenText(e.priceFen) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.region')}>{e.region}</Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.source')}>{e.source}</Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.customer')}>
              {e.customer ? <Link to={`/customers/${e.customer.id}`}>{e.customer.name}</Link> : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.user')}>
              {e.user.displayName}（{e.unit.name}） · {formatDateTime(e.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('marketIntel.fields.editableUntil')}>
              {formatDateTime(e.editableUntil)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>
            {e.content}
          </Typography.Paragraph>
          <EntryFormModal open={editing} onClose={() => setEditing(false)} entry={e} />
        </>
      )}
    </Card>
  );
}
