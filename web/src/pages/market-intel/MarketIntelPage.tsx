import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ExportButton } from '../../components/ExportButton';
import { formatDate, formatFenText } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { EntryFormModal, kinds } from './EntryFormModal';
import { type TEntryQuery, type TEntryRow, useEntryPage } from './hooks';

type Filters = Pick<TEntryQuery, 'q' | 'kind' | 'competitor' | 'region' | 'from' | 'to'>;

/** OPS-10: market information in my scope — search, filters, export; record one (customer/visit from the link). */
export function MarketIntelPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const [params] = useSearchParams();
  const customerId = params.get('customerId') ?? undefined;
  const visitId = params.get('visitId') ?? undefined;
  const [creating, setCreating] = useState(params.get('new') === '1');
  const table = useServerTable<Filters, 'observedOn' | 'createdAt' | 'competitor'>({ order: 'desc' });
  const query = { ...table.params, ...table.filters, ...(customerId ? { customerId } : {}) };
  const page = useEntryPage(query);
  return (
    <Card
      title={t('marketIntel.title')}
      extra={
        'market_intel:write' in perms && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="market-intel-create"
          >
            {t('marketIntel.create')}
          </Button>
        )
      }
    >
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input
            placeholder={t('marketIntel.search')}
            allowClear
            style={{ width: 200 }}
            data-testid="market-intel-q"
          />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('marketIntel.fields.kind')}
            style={{ width: 120 }}
            options={kinds.map((k) => ({ value: k, label: t(`marketIntel.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="competitor">
          <Input placeholder={t('marketIntel.fields.competitor')} allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="region">
          <Input placeholder={t('marketIntel.fields.region')} allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="from">
          <Input type="date" aria-label={t('marketIntel.from')} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="to">
          <Input type="date" aria-label={t('marketIntel.to')} style={{ width: 150 }} />
        </Form.Item>
      </SearchForm>
      {'market_intel:export' in perms && (
        <Space style={{ marginBottom: 12 }}>
          <ExportButton path="/api/market-intel/export" query={{ ...table.filters }} />
        </Space>
      )}
      <PagedTable<TEntryRow, Filters, 'observedOn' | 'createdAt' | 'competitor'>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid="market-intel-table"
        columns={[
          {
            key: 'observedOn',
            title: t('marketIntel.fields.observedOn'),
            sorter: true,
            render: (_, r) => <Link to={`/market-intel/${r.id}`}>{formatDate(r.observedOn)}</Link>,
          },
          {
            key: 'kind',
            title: t('marketIntel.fields.kind'),
            render: (_, r) => t(`marketIntel.kinds.${r.kind}`),
          },
          {
            key: 'competitor',
            title: t('marketIntel.fields.competitor'),
            sorter: true,
            render: (_, r) => r.competitor,
          },
          { key: 'product', title: t('marketIntel.fields.product'), render: (_, r) => r.product },
          {
            key: 'price',
            title: t('marketIntel.fields.price'),
            render: (_, r) => (r.priceFen ? formatFenText(r.priceFen) : ''),
          },
          {
            key: 'content',
            title: t('marketIntel.fields.content'),
            render: (_, r) => (
              <Typography.Text ellipsis style={{ maxWidth: 280 }}>
                {r.content}
              </Typography.Text>
            ),
          },
          {
            key: 'customer',
            title: t('marketIntel.fields.customer'),
            render: (_, r) => r.customer?.name ?? '',
          },
          { key: 'user', title: t('marketIntel.fields.user'), render: (_, r) => r.user.displayName },
        ]}
      />
      <EntryFormModal
        open={creating}
        onClose={() => setCreating(false)}
        link={{ ...(customerId ? { customerId } : {}), ...(visitId ? { visitId } : {}) }}
      />
    </Card>
  );
}
