import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { useAcknowledgeOrderIntent, useOrderIntentPage } from '../../api/hooks/quotes';
import type { TOrderIntent, TOrderIntentListQuery } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, formatYuan } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { ReportIntentModal } from './ReportIntentModal';

type Filters = Pick<TOrderIntentListQuery, 'status' | 'toMe'>;

function AckModal({ intent, onClose }: { intent: TOrderIntent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const ack = useAcknowledgeOrderIntent();
  return (
    <FormModal<{ comment?: string }>
      open={intent !== null}
      onClose={onClose}
      title={t('quotes.intents.ackTitle', {
        owner: intent?.owner.displayName ?? '',
        customer: intent?.customer.name ?? '',
      })}
      okText={t('quotes.intents.acknowledge')}
      successMessage={t('quotes.intents.acknowledged')}
      onSubmit={(v) => ack.mutateAsync({ id: intent!.id, comment: v.comment ?? null })}
    >
      {intent && <Typography.Paragraph>{intent.note}</Typography.Paragraph>}
      <Form.Item name="comment" label={t('quotes.intents.ackComment')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Q2C-4: order intents — report one to my supervisor; those reported to me wait for my acknowledgement. */
export function OrderIntentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params] = useSearchParams();
  const highlight = params.get('id');
  const table = useServerTable<Filters>();
  const page = useOrderIntentPage(table.params);
  const [reporting, setReporting] = useState(false);
  const [acking, setAcking] = useState<TOrderIntent | null>(null);
  const columns: ColumnsType<TOrderIntent> = [
    {
      title: t('quotes.fields.customer'),
      key: 'customer',
      render: (_, i) => <Link to={`/customers/${i.customer.id}`}>{i.customer.name}</Link>,
    },
    {
      title: t('quotes.intents.quote'),
      key: 'quote',
      render: (_, i) => (i.quote ? <Link to={`/quotes/${i.quote.id}`}>{i.quote.number}</Link> : '—'),
    },
    {
      title: t('quotes.intents.expectedAmount'),
      dataIndex: 'expectedAmountFen',
      align: 'right',
      render: (v: string | null) => (v ? formatYuan(BigInt(v)) : '—'),
    },
    { title: t('quotes.intents.expectedOrderDate'), dataIndex: 'expectedOrderDate', render: (v) => v ?? '—' },
    {
      title: t('quotes.intents.note'),
      dataIndex: 'note',
      render: (v: string) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 260 }}>
          {v}
        </Typography.Text>
      ),
    },
    { title: t('quotes.intents.reporter'), key: 'owner', render: (_, i) => i.owner.displayName },
    {
      title: t('quotes.intents.supervisor'),
      key: 'supervisor',
      render: (_, i) => i.supervisor?.displayName ?? '—',
    },
    { title: t('quotes.intents.reportedAt'), dataIndex: 'reportedAt', render: formatDateTime },
    {
      title: t('quotes.fields.status'),
      key: 'status',
      render: (_, i) =>
        i.acknowledgedAt ? (
          <Tag color="success">
            {t('quotes.intents.ackedBy', { name: i.acknowledgedBy?.displayName ?? '' })}
          </Tag>
        ) : (
          <Tag color="processing">{t('quotes.intents.open')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, i) =>
        i.canAcknowledge ? (
          <Button size="small" type="primary" onClick={() => setAcking(i)} data-testid="order-intent-ack">
            {t('quotes.intents.acknowledge')}
          </Button>
        ) : (
          i.ackComment && <Typography.Text type="secondary">{i.ackComment}</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('quotes.nav.orderIntentsPage')}>
      <Typography.Paragraph type="secondary">{t('quotes.intents.rule')}</Typography.Paragraph>
      <SearchForm<{ status?: Filters['status']; toMe?: 'true' | 'false' }>
        onSearch={(v) => table.setFilters({ status: v.status, toMe: v.toMe })}
        extra={
          can('quote:write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setReporting(true)}
              data-testid="order-intent-report"
            >
              {t('quotes.intents.report')}
            </Button>
          )
        }
      >
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('quotes.fields.status')}
            style={{ width: 140 }}
            options={[
              { value: 'open', label: t('quotes.intents.open') },
              { value: 'acknowledged', label: t('quotes.intents.acknowledgedStatus') },
            ]}
          />
        </Form.Item>
        <Form.Item name="toMe">
          <Select
            allowClear
            placeholder={t('quotes.intents.whose')}
            style={{ width: 160 }}
            options={[{ value: 'true', label: t('quotes.intents.toMe') }]}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TOrderIntent, Filters, string>
        query={page}
        table={table}
        columns={columns}
        rowClassName={(i) => (i.id === highlight ? 'ant-table-row-selected' : '')}
        data-testid="order-intent-table"
      />
      <ReportIntentModal open={reporting} onClose={() => setReporting(false)} />
      <AckModal intent={acking} onClose={() => setAcking(null)} />
    </Card>
  );
}
