import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { visitCommitments } from '../tables.js';
import { closeCommitmentDueItem, VISIT_COMMITMENT } from './due.js';
import { getCommitment } from './queries.js';
import type { TVisitCommitment, ZVisitCommitmentDone } from './schemas.js';

/**
 * VIS-6: the owner reports the commitment done, with a note; its deadline closes and it waits for
 * the confirmer (待办). One carried by a task is reported done on the task (ORG-4).
 */
export function completeCommitment(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZVisitCommitmentDone>,
): Promise<TVisitCommitment> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const { authorSuperiorId: _, ...before } = await getCommitment(tx, actor, id, now);
    if (before.taskId) throw appError('VISIT_COMMITMENT_BY_TASK');
    if (before.owner.id !== actor.id) throw appError('VISIT_COMMITMENT_NOT_OWNER');
    const [row] = await tx
      .update(visitCommitments)
      .set({ status: 'done', doneAt: now, doneNote: input.note, updatedAt: now })
      .where(and(eq(visitCommitments.id, id), eq(visitCommitments.status, 'open')))
      .returning({ id: visitCommitments.id });
    if (!row) throw appError('VISIT_COMMITMENT_WRONG_STATUS');
    await closeCommitmentDueItem(tx, ctx, id);
    const { authorSuperiorId: __, ...after } = await getCommitment(tx, actor, id, now);
    await audit(tx, ctx, {
      entity: VISIT_COMMITMENT,
      entityId: id,
      action: 'visitCommitment.done',
      before,
      after,
    });
    return after;
  });
}
