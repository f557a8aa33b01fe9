import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { closeFollowUp } from './due-items.js';
import { getCoaching } from './queries.js';
import type { TCoaching, TFollowUp } from './schemas.js';
import { coachingRecords } from './tables.js';

const rep = alias(users, 'rep');

/**
 * PLAN-6: the coach (or anyone who may coach the person) records the follow-up agreed: the
 * record is followed up and the follow-up due item closes. A record outside the actor's
 * coaching:write scope does not exist for writing (404). One transaction, audited.
 */
export async function followUpCoaching(ctx: Ctx, id: string, input: TFollowUp): Promise<TCoaching> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  await inTx(ctx, async (tx) => {
    const [found] = await tx
      .select({ r: coachingRecords })
      .from(coachingRecords)
      .innerJoin(rep, eq(rep.id, coachingRecords.repId))
      .where(
        and(
          eq(coachingRecords.id, id),
          sql`${coachingRecords.repId} <> ${actor.id}`,
          scopeCondition(actor, 'coaching:write', { owner: coachingRecords.repId, unit: rep.unitId }),
        ),
      )
      .for('update', { of: coachingRecords });
    if (!found) throw appError('NOT_FOUND');
    if (found.r.status !== 'open') throw appError('COACHING_FOLLOWED_UP');
    const at = ctx.clock.now();
    const [after] = await tx
      .update(coachingRecords)
      .set({ status: 'followed_up', followUpNote: input.note, followedUpAt: at, updatedAt: at })
      .where(eq(coachingRecords.id, id))
      .returning();
    await closeFollowUp(tx, ctx, id);
    await audit(tx, ctx, {
      entity: 'coaching_record',
      entityId: id,
      action: 'coaching.followUp',
      before: { status: found.r.status },
      after: { status: after!.status, followUpNote: after!.followUpNote, followedUpAt: after!.followedUpAt },
    });
  });
  return getCoaching(ctx.db, actor, id);
}
