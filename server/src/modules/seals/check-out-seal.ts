import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { getSeal, toLogEntries } from './queries.js';
import type { TSealCheckOutResult, ZSealCheckOut } from './schemas.js';
import { sealLog, sealRequests, seals } from './tables.js';

/** The seal row, locked for the transition; 404 when there is none. */
export async function lockSeal(tx: Tx, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [seal] = await tx.select().from(seals).where(eq(seals.id, id)).for('update');
  if (!seal) throw appError('NOT_FOUND');
  return seal;
}

/**
 * The time of a seal's next log entry: now, but strictly after its last entry, so the custody
 * log has one order even when two entries fall in the same millisecond (the seal row is locked).
 */
export async function nextLogTime(tx: Tx, sealId: string, now: Date): Promise<Date> {
  const [last] = await tx
    .select({ at: sealLog.at })
    .from(sealLog)
    .where(eq(sealLog.sealId, sealId))
    .orderBy(desc(sealLog.at))
    .limit(1);
  return last && last.at.getTime() >= now.getTime() ? new Date(last.at.getTime() + 1) : now;
}

/** The request the seal leaves under: the one named, else the taker's oldest approved one for this seal. */
async function requestFor(tx: Tx, sealId: string, userId: string, requestId: string | null | undefined) {
  if (requestId) {
    const [named] = await tx.select().from(sealRequests).where(eq(sealRequests.id, requestId)).for('update');
    if (!named || named.sealId !== sealId || named.requesterId !== userId) {
      throw appError('VALIDATION_FAILED', {
        requestId: {
          'zh-CN': '该用印申请不是此人对这枚印章的申请',
          en: 'That request is not this person’s request for this seal',
        },
      });
    }
    return named;
  }
  const [approved] = await tx
    .select()
    .from(sealRequests)
    .where(
      and(
        eq(sealRequests.sealId, sealId),
        eq(sealRequests.requesterId, userId),
        eq(sealRequests.status, 'approved'),
      ),
    )
    .orderBy(asc(sealRequests.createdAt))
    .limit(1)
    .for('update');
  return approved ?? null;
}

/**
 * Q2C-9 (未得到专管人和销售经理同意…不得带离销售部办公室): the custodian hands a seal out only under an
 * approved use request of the person taking it. Without one the check-out is refused and
 * nothing is written; a seal taken anyway is recorded as a violation (record-seal-violation.ts).
 */
export function checkOutSeal(
  ctx: Ctx,
  sealId: string,
  input: z.output<typeof ZSealCheckOut>,
): Promise<TSealCheckOutResult> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const seal = await lockSeal(tx, sealId);
    if (seal.status !== 'in_custody') throw appError('SEAL_NOT_IN_CUSTODY');
    const [taker] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.status, 'active')));
    if (!taker) {
      throw appError('VALIDATION_FAILED', {
        userId: { 'zh-CN': '领用人须为在职人员', en: 'The person taking the seal must be an active user' },
      });
    }
    const request = await requestFor(tx, seal.id, taker.id, input.requestId);
    if (request?.status !== 'approved') throw appError('SEAL_USE_NOT_APPROVED');
    const at = await nextLogTime(tx, seal.id, ctx.clock.now());
    const [entry] = await tx
      .insert(sealLog)
      .values({
        sealId: seal.id,
        requestId: request.id,
        action: 'check_out',
        userId: taker.id,
        violation: false,
        note: input.note ?? null,
        at,
        actorId: actor.id,
      })
      .returning();
    await tx.update(seals).set({ status: 'checked_out', updatedAt: at }).where(eq(seals.id, seal.id));
    await tx
      .update(sealRequests)
      .set({ status: 'checked_out', updatedAt: at })
      .where(eq(sealRequests.id, request.id));
    await audit(tx, ctx, {
      entity: 'seal',
      entityId: seal.id,
      action: 'seal.checkOut',
      before: seal,
      after: { entry, requestId: request.id },
    });
    const [logEntry] = await toLogEntries(tx, [entry!]);
    return { seal: await getSeal(tx, seal.id), entry: logEntry! };
  });
}
