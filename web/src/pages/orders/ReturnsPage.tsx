import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { useReturnPage } from '../../api/hooks/orders';
import type { TReturn, TReturnKind, TReturnListQuery, TReturnStatus } from '../../api/types';
import { formatDateTime, formatFenText } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { ReturnStatusTag, returnKinds, returnStatuses } from './order-status';
import { ReturnDrawer } from './ReturnDrawer';
import { ReturnFormModal } from './ReturnFormModal';

type Filters = Pick<TReturnListQuery, 'q' | 'status' | 'kind'>;
type Sort = 'createdAt' | 'updatedAt' | 'number' | 'creditFen';

/** Q2C-8: 退换货 — requests in my scope (and those I am asked to approve), a new request, one request in a drawer. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const openId = params.get('id') ?? undefined;
  const setOpen = (id: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set('id', id);
      else next.delete('id');
      return next;
    });
  const table = useServerTable<Filters, Sort>();
  const page = useReturnPage(table.params);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TReturn | null>(null);
  const columns: TableColumnsType<TReturn> = [
    {
      key: 'number',
      title: t('orders.returns.fields.number'),
      sorter: true,
      render: (_, r) => (
        <Typography.Link onClick={() => setOpen(r.id)} data-testid="return-link">
          {r.number}
        </Typography.Link>
      ),
    },
    {
      key: 'kind',
      title: t('orders.returns.fields.kind'),
      render: (_, r) => t(`orders.returns.kinds.${r.kind}`),
    },
    { key: 'customer', title: t('orders.fields.customer'), render: (_, r) => r.customer.name },
    { key: 'contract', title: t('orders.returns.fields.contract'), render: (_, r) => r.contract.number },
    {
      key: 'creditFen',
      title: t('orders.returns.fields.credit'),
      sorter: true,
      align: 'right',
      render: (_, r) => formatFenText(r.creditFen),
    },
    {
      key: 'status',
      title: t('orders.returns.fields.status'),
      render: (_, r) => <ReturnStatusTag status={r.status} />,
    },
    { key: 'owner', title: t('orders.fields.owner'), render: (_, r) => r.owner.displayName },
    {
      key: 'createdAt',
      title: t('orders.fields.createdAt'),
      sorter: true,
      render: (_, r) => formatDateTime(r.createdAt),
    },
  ];
  return (
    <Card
      title={t('orders.returns.title')}
      extra={
        can('return:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="return-create"
          >
            {t('orders.returns.create')}
          </Button>
        )
      }
    >
      <SearchForm<{ q?: string; status?: TReturnStatus; kind?: TReturnKind }>
        onSearch={(v) => table.setFilters({ q: v.q || undefined, status: v.status, kind: v.kind })}
      >
        <Form.Item name="q">
          <Input placeholder={t('orders.returns.search')} allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('orders.returns.fields.kind')}
            style={{ width: 120 }}
            options={returnKinds.map((k) => ({ value: k, label: t(`orders.returns.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('orders.returns.fields.status')}
            style={{ width: 120 }}
            options={returnStatuses.map((s) => ({ value: s, label: t(`orders.returns.status.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TReturn, Filters, Sort>
        query={page}
        table={table}
        columns={columns}
        data-testid="return-table"
      />
      <ReturnFormModal open={creating} onClose={() => setCreating(false)} onCreated={(r) => setOpen(r.id)} />
      <ReturnFormModal
        open={editing !== null}
        editing={editing ?? undefined}
        onClose={() => setEditing(null)}
      />
      <ReturnDrawer id={openId} onClose={() => setOpen(undefined)} onEdit={setEditing} />
    </Card>
  );
}
