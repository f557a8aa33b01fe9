import { useQueryClient } from '@tanstack/react-query';
import { Descriptions, Drawer, Skeleton, Space, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { paymentsKey, usePlanChange } from '../../api/hooks/payments';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';

/** AR-1: one plan change — the proposed instalments, the reason, and its approval (the approval link opens this). */
export function PlanChangeDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = usePlanChange(id);
  const approval = useApprovalHistory('plan_change', id);
  const decided = approval.data ? `${approval.data.status}:${approval.data.latestRequestId ?? ''}` : '';
  useEffect(() => {
    if (decided) void client.invalidateQueries({ queryKey: paymentsKey });
  }, [decided, client]);
  const c = query.data;
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="large"
      title={t('payments.planChange.detailTitle', { number: c?.contractNumber ?? '' })}
      data-testid="plan-change-drawer"
    >
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && id && <Skeleton active />}
      {c && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('payments.fields.contract')}>
              <Link to={`/contracts/${c.contractId}`}>{c.contractNumber}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.customer')}>
              <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.reason')}>{c.reason}</Descriptions.Item>
            <Descriptions.Item label={t('payments.planChange.status')}>
              {t(`payments.planChange.statuses.${c.status}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.planChange.requestedBy')}>
              {c.requestedBy.displayName} {formatDateTime(c.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          <Table
            rowKey={(r) => `${r.dueDate}:${r.amountFen}`}
            size="small"
            pagination={false}
            dataSource={c.proposed}
            columns={[
              { key: 'dueDate', title: t('payments.plan.dueDate'), dataIndex: 'dueDate' },
              {
                key: 'amount',
                title: t('payments.plan.amount'),
                render: (_, r) => formatFenText(r.amountFen),
              },
            ]}
          />
          <ApprovalPanel docType="plan_change" docId={c.id} title={c.contractNumber} />
        </Space>
      )}
    </Drawer>
  );
}
