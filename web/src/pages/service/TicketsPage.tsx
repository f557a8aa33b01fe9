import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import {
  type TTicketQuery,
  type TTicketRow,
  ticketPriorities,
  ticketStatuses,
  ticketTypes,
  useTicketPage,
} from './hooks';
import { TicketFormModal } from './TicketFormModal';
import { OverdueTag, TicketPriorityTag, TicketStatusTag } from './TicketTags';

type View = NonNullable<TTicketQuery['view']>;
type Filters = Pick<TTicketQuery, 'status' | 'type' | 'priority' | 'overdue' | 'q'>;
type Sort = 'createdAt' | 'number' | 'priority' | 'status' | 'dueAt';

function TicketTable({
  view,
  customerId,
  canExport,
}: {
  view: View;
  customerId?: string;
  canExport: boolean;
}) {
  const { t } = useTranslation();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const query = { ...table.filters, view, ...(customerId ? { customerId } : {}) };
  const page = useTicketPage({ ...table.params, ...query });
  const options = (codes: readonly string[], area: string) =>
    codes.map((c) => ({ value: c, label: t(`service.${area}.${c}`) }));
  return (
    <>
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('service.search')} allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('service.fields.status')}
            style={{ width: 130 }}
            options={options(ticketStatuses, 'statuses')}
          />
        </Form.Item>
        <Form.Item name="type">
          <Select
            allowClear
            placeholder={t('service.fields.type')}
            style={{ width: 120 }}
            options={options(ticketTypes, 'types')}
          />
        </Form.Item>
        <Form.Item name="priority">
          <Select
            allowClear
            placeholder={t('service.fields.priority')}
            style={{ width: 110 }}
            options={options(ticketPriorities, 'priorities')}
          />
        </Form.Item>
        <Form.Item name="overdue">
          <Select
            allowClear
            placeholder={t('service.overdue')}
            style={{ width: 110 }}
            options={[
              { value: 'true', label: t('service.overdueOnly') },
              { value: 'false', label: t('service.notOverdue') },
            ]}
          />
        </Form.Item>
      </SearchForm>
      {canExport && (
        <Space style={{ marginBottom: 12 }}>
          <ExportButton path="/api/service-tickets/export" query={query} />
        </Space>
      )}
      <PagedTable<TTicketRow, Filters, Sort>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid={`ticket-table-${view}`}
        columns={[
          { key: 'number', title: t('service.fields.number'), sorter: true, render: (_, r) => r.number },
          {
            key: 'title',
            title: t('service.fields.title'),
            render: (_, r) => (
              <Link to={`/service-tickets/${r.id}`}>
                <Typography.Text ellipsis style={{ maxWidth: 240 }}>
                  {r.title}
                </Typography.Text>
              </Link>
            ),
          },
          { key: 'customer', title: t('service.fields.customer'), render: (_, r) => r.customer.name },
          { key: 'type', title: t('service.fields.type'), render: (_, r) => t(`service.types.${r.type}`) },
          {
            key: 'priority',
            title: t('service.fields.priority'),
            sorter: true,
            render: (_, r) => <TicketPriorityTag priority={r.priority} />,
          },
          {
            key: 'status',
            title: t('service.fields.status'),
            sorter: true,
            render: (_, r) => (
              <Space size={4}>
                <TicketStatusTag status={r.status} />
                <OverdueTag overdue={r.overdue} />
              </Space>
            ),
          },
          { key: 'owner', title: t('service.fields.owner'), render: (_, r) => r.owner.displayName },
          {
            key: 'dueAt',
            title: t('service.fields.dueAt'),
            sorter: true,
            render: (_, r) => (r.dueAt ? formatDateTime(r.dueAt) : '—'),
          },
          {
            key: 'createdAt',
            title: t('service.fields.createdAt'),
            sorter: true,
            render: (_, r) => formatDateTime(r.createdAt),
          },
        ]}
      />
    </>
  );
}

/** SVC-1/CUS-5: service tickets — mine, opened by me, all I may read; open one for any customer. */
export function TicketsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customerId') ?? undefined;
  const customerName = params.get('customerName');
  const customer = customerId && customerName ? { id: customerId, name: customerName } : null;
  const canHandle = 'service_ticket:handle' in perms;
  const views: View[] = canHandle ? ['mine', 'all', 'opened'] : ['opened', 'all'];
  const view = (params.get('view') as View | null) ?? views[0]!;
  const [creating, setCreating] = useState(params.get('new') === '1');
  const setView = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('view', key);
    next.delete('new');
    setParams(next);
  };
  return (
    <Card
      title={t('service.title')}
      extra={
        'service_ticket:create' in perms && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="ticket-create"
          >
            {t('service.create')}
          </Button>
        )
      }
    >
      {customer && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={t('service.ofCustomer', { name: customer.name })}
          action={
            <Button size="small" type="link" onClick={() => setParams({ view })}>
              {t('service.allCustomers')}
            </Button>
          }
        />
      )}
      <Tabs
        activeKey={view}
        onChange={setView}
        destroyOnHidden
        items={views.map((v) => ({
          key: v,
          label: t(`service.views.${v}`),
          children: (
            <TicketTable view={v} customerId={customerId} canExport={'service_ticket:export' in perms} />
          ),
        }))}
      />
      <TicketFormModal open={creating} onClose={() => setCreating(false)} customer={customer} />
    </Card>
  );
}
