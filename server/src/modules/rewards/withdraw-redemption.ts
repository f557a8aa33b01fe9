import { and, eq } from 'drizzle-orm';
import { approvalRequests } from '../../platform/approvals/tables.js';
import { withdrawApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getRedemption } from './queries.js';
import type { TRedemption } from './schemas.js';
import { ownRedemptionForUpdate, REDEMPTION_DOC } from './scope.js';

/** INC-6: the requester takes back a redemption still waiting for approval: the points and the stock go back. */
export function withdrawRedemption(ctx: Ctx, id: string): Promise<TRedemption> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const row = await ownRedemptionForUpdate(tx, actor, id);
    if (row.status !== 'submitted') throw appError('REDEMPTION_CLOSED');
    const [request] = await tx
      .select({ id: approvalRequests.id })
      .from(approvalRequests)
      .where(
        and(
          eq(approvalRequests.docType, REDEMPTION_DOC),
          eq(approvalRequests.docId, row.id),
          eq(approvalRequests.status, 'pending'),
        ),
      );
    if (!request) throw appError('REDEMPTION_CLOSED');
    await withdrawApproval(tx, ctx, request.id);
    return getRedemption(tx, actor, row.id);
  });
}
