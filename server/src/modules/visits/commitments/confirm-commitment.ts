import { and, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { visitCommitments } from '../tables.js';
import { VISIT_COMMITMENT } from './due.js';
import { canConfirm, getCommitment } from './queries.js';
import type { TVisitCommitment } from './schemas.js';

/**
 * VIS-6: the direct superior of the rep who made the visit confirms a commitment reported done;
 * it is closed only when done and confirmed. One carried by a task is confirmed by evaluating
 * the task (ORG-4).
 */
export function confirmCommitment(ctx: Ctx, id: string): Promise<TVisitCommitment> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const { authorSuperiorId, ...before } = await getCommitment(tx, actor, id, now);
    if (before.taskId) throw appError('VISIT_COMMITMENT_BY_TASK');
    if (authorSuperiorId !== actor.id) throw appError('VISIT_COMMITMENT_NOT_CONFIRMER');
    if (!canConfirm({ taskId: before.taskId, status: before.status }, authorSuperiorId, actor)) {
      throw appError('VISIT_COMMITMENT_WRONG_STATUS');
    }
    const [row] = await tx
      .update(visitCommitments)
      .set({ status: 'confirmed', confirmedBy: actor.id, confirmedAt: now, updatedAt: now })
      .where(and(eq(visitCommitments.id, id), eq(visitCommitments.status, 'done')))
      .returning({ id: visitCommitments.id });
    if (!row) throw appError('VISIT_COMMITMENT_WRONG_STATUS');
    const { authorSuperiorId: _, ...after } = await getCommitment(tx, actor, id, now);
    await audit(tx, ctx, {
      entity: VISIT_COMMITMENT,
      entityId: id,
      action: 'visitCommitment.confirm',
      before,
      after,
    });
    return after;
  });
}
