import { eq } from 'drizzle-orm';
import { assertNotPendingApproval } from '../../platform/approvals/visibility.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { GENERAL_REQUEST } from './flow.js';
import { editableStatuses, getGeneralRequest } from './queries.js';
import type { TGeneralRequest, TGeneralRequestUpdate } from './schemas.js';
import { generalRequests } from './tables.js';

/**
 * The writer edits a draft, or a rejected or withdrawn request before resubmitting it.
 * A request pending approval is locked (423); an approved one is final (409).
 */
export function updateGeneralRequest(
  ctx: Ctx,
  id: string,
  input: TGeneralRequestUpdate,
): Promise<TGeneralRequest> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const current = await getGeneralRequest(tx, actor, id);
    if (current.owner.id !== actor.id) throw appError('FORBIDDEN');
    await assertNotPendingApproval(tx, GENERAL_REQUEST, id);
    if (!editableStatuses.includes(current.status)) throw appError('CONFLICT');
    const [before] = await tx.select().from(generalRequests).where(eq(generalRequests.id, id));
    const [after] = await tx
      .update(generalRequests)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.content !== undefined ? { content: input.content } : {}),
        ...(input.amountFen !== undefined
          ? { amountFen: input.amountFen ? BigInt(input.amountFen) : null }
          : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(generalRequests.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'general_request',
      entityId: id,
      action: 'request.update',
      before,
      after,
    });
    return getGeneralRequest(tx, actor, id);
  });
}
