import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApprove, useReject } from '../api/hooks/approvals';
import { FormModal } from './FormModal';

export interface Decision {
  kind: 'approve' | 'reject';
  requestId: string;
  title: string;
}

/** Approve (comment optional) or reject (reason required) one approval request. */
export function ApprovalDecisionModal({ decision, onClose }: { decision?: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = useApprove();
  const reject = useReject();
  const rejecting = decision?.kind === 'reject';
  return (
    <FormModal<{ comment?: string }>
      open={decision !== undefined}
      title={
        decision &&
        t(rejecting ? 'approvals.decision.rejectTitle' : 'approvals.decision.approveTitle', {
          title: decision.title,
        })
      }
      onClose={onClose}
      okText={t(rejecting ? 'approvals.actions.reject' : 'approvals.actions.approve')}
      successMessage={t(rejecting ? 'approvals.decision.rejected' : 'approvals.decision.approved')}
      testId="approval-decision"
      onSubmit={async ({ comment }) => {
        if (!decision) return;
        if (decision.kind === 'reject')
          await reject.mutateAsync({ requestId: decision.requestId, comment: comment ?? '' });
        else await approve.mutateAsync({ requestId: decision.requestId, comment: comment || undefined });
      }}
    >
      <Form.Item
        name="comment"
        label={t(rejecting ? 'approvals.decision.rejectReason' : 'approvals.decision.commentOptional')}
        rules={
          rejecting
            ? [{ required: true, whitespace: true, message: t('approvals.decision.rejectReasonRequired') }]
            : []
        }
      >
        <Input.TextArea rows={4} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** Approve and reject links for one pending request, as list rows show them. */
export function DecisionButtons({
  item,
  onDecide,
  testIdPrefix,
}: {
  item: { requestId: string; title: string };
  onDecide: (decision: Decision) => void;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        type="link"
        size="small"
        data-testid={`${testIdPrefix}-approve`}
        onClick={() => onDecide({ kind: 'approve', requestId: item.requestId, title: item.title })}
      >
        {t('approvals.actions.approve')}
      </Button>
      <Button
        type="link"
        size="small"
        danger
        data-testid={`${testIdPrefix}-reject`}
        onClick={() => onDecide({ kind: 'reject', requestId: item.requestId, title: item.title })}
      >
        {t('approvals.actions.reject')}
      </Button>
    </>
  );
}
