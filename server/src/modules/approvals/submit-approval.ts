import { approvalHistory } from '../../platform/approvals/history.js';
import {
  resubmitApproval,
  submitForApproval,
  withdrawApproval,
} from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import type { TApprovalHistory, TDocRef } from './schemas.js';

/** The owner submits a document for approval; its steps are resolved now and stored. */
export function submitDocument(ctx: Ctx, ref: TDocRef): Promise<TApprovalHistory> {
  return inTx(ctx, async (tx) => {
    const request = await submitForApproval(tx, ctx, ref);
    return approvalHistory(tx, requireActor(ctx), request.docType, request.docId);
  });
}

/** After a rejection or withdrawal the (edited) document goes round again; steps are re-resolved. */
export function resubmitRequest(ctx: Ctx, requestId: string): Promise<TApprovalHistory> {
  return inTx(ctx, async (tx) => {
    const request = await resubmitApproval(tx, ctx, requestId);
    return approvalHistory(tx, requireActor(ctx), request.docType, request.docId);
  });
}

/** The submitter takes a pending request back; the record unlocks. */
export function withdrawRequest(ctx: Ctx, requestId: string): Promise<TApprovalHistory> {
  return inTx(ctx, async (tx) => {
    const request = await withdrawApproval(tx, ctx, requestId);
    return approvalHistory(tx, requireActor(ctx), request.docType, request.docId);
  });
}
