import { Card, Space, type TableColumnsType, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDoneApprovals, usePendingApprovals } from '../../api/hooks/approvals';
import type { TApprovalStepItem } from '../../api/types';
import {
  ApprovalDecisionModal,
  type Decision,
  DecisionButtons,
} from '../../components/ApprovalDecisionModal';
import { ApprovalStatusTag } from '../../components/ApprovalPanel';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { useApprovalColumns } from './columns';

type Tab = 'pending' | 'done';

function PendingTable() {
  const { t } = useTranslation();
  const table = useServerTable();
  const query = usePendingApprovals(table.params);
  const [decision, setDecision] = useState<Decision>();
  const columns: TableColumnsType<TApprovalStepItem> = [
    ...useApprovalColumns<TApprovalStepItem>(),
    {
      key: 'step',
      title: t('approvals.columns.step'),
      render: (_, r) => t('approvals.stepOf', { seq: r.seq, count: r.stepCount }),
    },
    {
      key: 'actions',
      title: t('approvals.columns.actions'),
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <DecisionButtons item={r} onDecide={setDecision} testIdPrefix="pending" />
        </Space>
      ),
    },
  ];
  return (
    <>
      <PagedTable
        query={query}
        table={table}
        columns={columns}
        rowKey="stepId"
        locale={{ emptyText: t('approvals.empty.pending') }}
        data-testid="approvals-pending-table"
      />
      <ApprovalDecisionModal decision={decision} onClose={() => setDecision(undefined)} />
    </>
  );
}

function DoneTable() {
  const { t } = useTranslation();
  const table = useServerTable();
  const query = useDoneApprovals(table.params);
  const columns: TableColumnsType<TApprovalStepItem> = [
    ...useApprovalColumns<TApprovalStepItem>(),
    {
      key: 'decision',
      title: t('approvals.columns.decision'),
      render: (_, r) => (
        <Tag color={r.stepStatus === 'approved' ? 'success' : 'error'}>
          {t(`approvals.stepStatus.${r.stepStatus}`)}
        </Tag>
      ),
    },
    { key: 'comment', title: t('approvals.columns.comment'), render: (_, r) => r.comment ?? '—' },
    {
      key: 'decidedAt',
      title: t('approvals.columns.decidedAt'),
      render: (_, r) => formatDateTime(r.stepDecidedAt),
    },
    {
      key: 'status',
      title: t('approvals.columns.status'),
      render: (_, r) => <ApprovalStatusTag status={r.status} />,
    },
  ];
  return (
    <PagedTable
      query={query}
      table={table}
      columns={columns}
      rowKey="stepId"
      locale={{ emptyText: t('approvals.empty.done') }}
      data-testid="approvals-done-table"
    />
  );
}

/** 我的审批: what waits for my decision, and what I decided. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'done' ? 'done' : 'pending';
  return (
    <Card title={t('approvals.nav.approvals')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'pending', label: t('approvals.tabs.pending'), children: <PendingTable /> },
          { key: 'done', label: t('approvals.tabs.done'), children: <DoneTable /> },
        ]}
      />
    </Card>
  );
}
