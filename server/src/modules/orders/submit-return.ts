import { submitForApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { lockEditableReturn } from './lock-return.js';
import { getReturn } from './return-queries.js';
import type { TReturn } from './schemas.js';
import { RETURN_DOC } from './scope.js';

/**
 * Q2C-8: the requester sends a draft (or rejected) return for approval; the flow's steps are
 * fixed now. Nothing is credited until the last approver agrees (return-flow onApproved).
 */
export function submitReturn(ctx: Ctx, id: string): Promise<TReturn> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    await lockEditableReturn(tx, actor, id);
    await submitForApproval(tx, ctx, { docType: RETURN_DOC, docId: id });
    return getReturn(tx, actor, id);
  });
}
