import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Space, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { companyNow } from '../../components/company-time';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTime, formatYuan } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { type TClaimQuery, type TClaimRow, useClaimPage } from './hooks';

type View = NonNullable<TClaimQuery['view']>;
type Filters = Pick<TClaimQuery, 'status' | 'q'>;
type Sort = 'createdAt' | 'number' | 'totalFen' | 'status';
export const claimStatuses = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'paid'] as const;
const statusColor: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'gold',
  rejected: 'red',
  withdrawn: 'default',
  paid: 'green',
};

export function ClaimStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`expenses.statuses.${status}`)}</Tag>;
}

function ClaimTable({ view }: { view: View }) {
  const { t } = useTranslation();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const page = useClaimPage({ ...table.params, ...table.filters, view });
  return (
    <>
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('expenses.search')} allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('expenses.fields.status')}
            style={{ width: 120 }}
            options={claimStatuses.map((s) => ({ value: s, label: t(`expenses.statuses.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TClaimRow, Filters, Sort>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid={`claim-table-${view}`}
        columns={[
          {
            key: 'number',
            title: t('expenses.fields.number'),
            sorter: true,
            render: (_, r) => <Link to={`/expenses/claims/${r.id}`}>{r.number}</Link>,
          },
          { key: 'user', title: t('expenses.fields.user'), render: (_, r) => r.user.displayName },
          {
            key: 'totalFen',
            title: t('expenses.fields.total'),
            sorter: true,
            align: 'right',
            render: (_, r) => formatYuan(BigInt(r.totalFen)),
          },
          {
            key: 'status',
            title: t('expenses.fields.status'),
            sorter: true,
            render: (_, r) => (
              <Space size={4}>
                <ClaimStatusTag status={r.status} />
                {r.flagged && <Tag color="orange">{t('expenses.flagged')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'createdAt',
            title: t('expenses.fields.createdAt'),
            sorter: true,
            render: (_, r) => formatDateTime(r.createdAt),
          },
        ]}
      />
    </>
  );
}

/** EXP-3: claims — mine, waiting for my review, to pay (finance), all I may read; file one; the month's export. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const views: View[] = [
    ...('expense:review' in perms || 'expense:finance' in perms ? (['review'] as View[]) : []),
    'mine',
    ...('expense:finance' in perms ? (['toPay'] as View[]) : []),
    'all',
  ];
  const view = (params.get('view') as View | null) ?? views[0]!;
  const [month, setMonth] = useState<Dayjs>(companyNow());
  return (
    <Card
      title={t('expenses.claimsTitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate('/expenses/claims/new')}
          data-testid="claim-create"
        >
          {t('expenses.create')}
        </Button>
      }
    >
      {'expense:export' in perms && (
        <Space style={{ marginBottom: 12 }} wrap>
          <DatePicker picker="month" value={month} allowClear={false} onChange={(d) => d && setMonth(d)} />
          <ExportButton path="/api/expense-claims/export" query={{ month: month.format('YYYY-MM') }} />
        </Space>
      )}
      <Tabs
        activeKey={view}
        onChange={(key) => setParams({ view: key })}
        destroyOnHidden
        items={views.map((v) => ({
          key: v,
          label: t(`expenses.views.${v}`),
          children: <ClaimTable view={v} />,
        }))}
      />
    </Card>
  );
}
