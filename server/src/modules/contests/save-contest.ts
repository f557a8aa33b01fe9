import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getContest } from './queries.js';
import type { TContestDetail, TContestInput } from './schemas.js';
import { assertParticipantsInScope, manageScope } from './scope.js';
import { contestParticipants, contests } from './tables.js';

const columns = (input: TContestInput) => ({
  name: input.name,
  description: input.description ?? '',
  fromOn: input.fromOn,
  toOn: input.toOn,
  metric: input.metric,
  prize: input.prize ?? '',
  winnerCount: input.winnerCount,
  winnerPoints: input.winnerPoints,
});

async function writeParticipants(tx: Tx, contestId: string, input: TContestInput) {
  await tx.delete(contestParticipants).where(eq(contestParticipants.contestId, contestId));
  const rows = [
    ...[...new Set(input.userIds)].map((userId) => ({ contestId, kind: 'user' as const, userId })),
    ...[...new Set(input.unitIds)].map((unitId) => ({ contestId, kind: 'unit' as const, unitId })),
  ];
  if (rows.length > 0) await tx.insert(contestParticipants).values(rows);
}

/**
 * INC-9 (销售竞赛): a manager sets up a contest for people in their scope — period, participants
 * (people, or units whose people compete each on their own), metric, prize and winners' points —
 * as a draft, in their own unit.
 */
export async function createContest(ctx: Ctx, input: TContestInput): Promise<TContestDetail> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    await assertParticipantsInScope(tx, actor, input);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(contests)
      .values({
        ...columns(input),
        organizerId: actor.id,
        unitId: actor.unitId,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await writeParticipants(tx, row!.id, input);
    await audit(tx, ctx, {
      entity: 'contest',
      entityId: row!.id,
      action: 'contest.create',
      after: { ...row, userIds: input.userIds, unitIds: input.unitIds },
    });
    return row!.id;
  });
  return getContest(ctx, id);
}

/** A contest the actor runs, locked for a change (404 outside contest:manage's scope). */
export async function managedContestForUpdate(tx: Tx, ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const [row] = await tx
    .select()
    .from(contests)
    .where(sql`${contests.id} = ${id} and ${manageScope(actor)}`)
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** INC-9: the organizer (or anyone running contests over it) changes a contest still a draft. */
export async function updateContest(ctx: Ctx, id: string, input: TContestInput): Promise<TContestDetail> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await managedContestForUpdate(tx, ctx, id);
    if (before.status !== 'draft') throw appError('CONTEST_NOT_DRAFT');
    await assertParticipantsInScope(tx, actor, input);
    const [after] = await tx
      .update(contests)
      .set({ ...columns(input), updatedAt: ctx.clock.now() })
      .where(eq(contests.id, id))
      .returning();
    await writeParticipants(tx, id, input);
    await audit(tx, ctx, {
      entity: 'contest',
      entityId: id,
      action: 'contest.update',
      before,
      after: { ...after, userIds: input.userIds, unitIds: input.unitIds },
    });
  });
  return getContest(ctx, id);
}
