import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { returnsKey, useReturn } from '../../api/hooks/orders';
import type { TReturn } from '../../api/types';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { ReturnStatusTag } from './order-status';

/**
 * Q2C-8: one return or exchange — its facts, the credit note once approved, and the approval
 * panel (submit, approve, reject, withdraw, resubmit as the server allows).
 */
export function ReturnDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string | undefined;
  onClose: () => void;
  onEdit: (r: TReturn) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useReturn(id);
  const approval = useApprovalHistory('return', id);
  const r = query.data;
  // A decision in the approval panel changes the return's status (and may issue a credit note).
  const decided = approval.data ? `${approval.data.status}:${approval.data.latestRequestId ?? ''}` : '';
  useEffect(() => {
    if (decided) void client.invalidateQueries({ queryKey: returnsKey });
  }, [decided, client]);
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="large"
      title={r ? t('orders.returns.detailTitle', { number: r.number }) : t('orders.returns.title')}
      extra={
        r?.canEdit && (
          <Button onClick={() => onEdit(r)} data-testid="return-edit">
            {t('common.edit')}
          </Button>
        )
      }
      data-testid="return-drawer"
    >
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && id && <Skeleton active />}
      {r && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {r.creditNote && (
            <Alert
              type="success"
              showIcon
              title={t('orders.returns.creditIssued', {
                amount: formatFenText(r.creditNote.amountFen),
                at: formatDateTime(r.creditNote.issuedAt),
              })}
              description={
                r.creditNote.unallocatedFen !== '0'
                  ? t('orders.returns.creditLeftover', { amount: formatFenText(r.creditNote.unallocatedFen) })
                  : undefined
              }
            />
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('orders.returns.fields.status')}>
              <ReturnStatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.returns.fields.kind')}>
              {t(`orders.returns.kinds.${r.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.fields.customer')}>
              <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.returns.fields.contract')}>
              <Link to={`/contracts/${r.contract.id}`}>
                {r.contract.number} {r.contract.title}
              </Link>{' '}
              ({formatFenText(r.contract.amountFen)})
            </Descriptions.Item>
            {r.order && (
              <Descriptions.Item label={t('orders.returns.fields.order')}>
                <Link to={`/orders/${r.order.id}`}>{r.order.number}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('orders.returns.fields.reason')}>{r.reason}</Descriptions.Item>
            <Descriptions.Item label={t('orders.returns.fields.credit')}>
              {formatFenText(r.creditFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.fields.owner')}>{r.owner.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('orders.fields.createdAt')}>
              {formatDateTime(r.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          <ApprovalPanel docType="return" docId={r.id} title={r.number} />
        </Space>
      )}
    </Drawer>
  );
}
