import { Button, Card, Form, Popconfirm, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResubmit, useSubmissions, useWithdraw } from '../../api/hooks/approvals';
import type { TApprovalListItem, TApprovalStatus } from '../../api/types';
import { ApprovalStatusTag } from '../../components/ApprovalPanel';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useAction } from '../../components/use-action';
import { useServerTable } from '../../components/use-server-table';
import { useApprovalColumns } from './columns';

type Filters = { status?: TApprovalStatus };
const statuses: TApprovalStatus[] = ['pending', 'approved', 'rejected', 'withdrawn'];

/** 我的申请: my submissions (latest round of each record), with withdraw and resubmit. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters>();
  const query = useSubmissions(table.params);
  const withdraw = useWithdraw();
  const resubmit = useResubmit();

  const { run } = useAction();

  const columns: TableColumnsType<TApprovalListItem> = [
    ...useApprovalColumns<TApprovalListItem>().filter((c) => c.key !== 'submitter'),
    {
      key: 'status',
      title: t('approvals.columns.status'),
      render: (_, r) => <ApprovalStatusTag status={r.status} />,
    },
    {
      key: 'round',
      title: t('approvals.columns.round'),
      render: (_, r) => t('approvals.roundN', { round: r.round }),
    },
    {
      key: 'currentApprover',
      title: t('approvals.columns.currentApprover'),
      render: (_, r) => r.currentApprover?.displayName ?? '—',
    },
    {
      key: 'decidedAt',
      title: t('approvals.columns.decidedAt'),
      render: (_, r) => formatDateTime(r.decidedAt) || '—',
    },
    {
      key: 'actions',
      title: t('approvals.columns.actions'),
      fixed: 'right',
      render: (_, r) =>
        r.status === 'pending' ? (
          <Popconfirm
            title={t('approvals.confirm.withdraw')}
            onConfirm={() => run(() => withdraw.mutateAsync(r.requestId), t('approvals.done.withdrawn'))}
          >
            <Button type="link" size="small" data-testid="my-withdraw">
              {t('approvals.actions.withdraw')}
            </Button>
          </Popconfirm>
        ) : r.status === 'rejected' || r.status === 'withdrawn' ? (
          <Popconfirm
            title={t('approvals.confirm.resubmit')}
            onConfirm={() => run(() => resubmit.mutateAsync(r.requestId), t('approvals.done.resubmitted'))}
          >
            <Button type="link" size="small" data-testid="my-resubmit">
              {t('approvals.actions.resubmit')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card title={t('approvals.nav.myRequests')}>
      <SearchForm<Filters> onSearch={table.setFilters}>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('approvals.columns.status')}
            style={{ width: 140 }}
            options={statuses.map((s) => ({ value: s, label: t(`approvals.status.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable
        query={query}
        table={table}
        columns={columns}
        rowKey="requestId"
        locale={{ emptyText: t('approvals.empty.mine') }}
        data-testid="my-requests-table"
      />
    </Card>
  );
}
