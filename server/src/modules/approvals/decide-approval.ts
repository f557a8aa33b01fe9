import { approvalHistory } from '../../platform/approvals/history.js';
import { approveStep, rejectStep } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import type { TApprovalHistory } from './schemas.js';

/** The current approver agrees (comment optional); the next step's approver is notified. */
export function approveRequest(
  ctx: Ctx,
  requestId: string,
  comment: string | null,
): Promise<TApprovalHistory> {
  return inTx(ctx, async (tx) => {
    const after = await approveStep(tx, ctx, requestId, comment);
    return approvalHistory(tx, requireActor(ctx), after.docType, after.docId);
  });
}

/** The current approver refuses with a reason; the submitter is notified and may edit and resubmit. */
export function rejectRequest(ctx: Ctx, requestId: string, comment: string): Promise<TApprovalHistory> {
  return inTx(ctx, async (tx) => {
    const after = await rejectStep(tx, ctx, requestId, comment);
    return approvalHistory(tx, requireActor(ctx), after.docType, after.docId);
  });
}
