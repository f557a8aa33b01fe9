import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { lockSeal, nextLogTime } from './check-out-seal.js';
import { getSeal, toLogEntries } from './queries.js';
import type { TSealCheckOutResult, ZSealReturn } from './schemas.js';
import { sealLog, sealRequests, seals } from './tables.js';

/** Q2C-9: the seal comes back into custody; the log says who brought it back, the request is done. */
export function returnSeal(
  ctx: Ctx,
  sealId: string,
  input: z.output<typeof ZSealReturn>,
): Promise<TSealCheckOutResult> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const seal = await lockSeal(tx, sealId);
    if (seal.status !== 'checked_out') throw appError('SEAL_NOT_CHECKED_OUT');
    const [out] = await tx
      .select()
      .from(sealLog)
      .where(and(eq(sealLog.sealId, seal.id), eq(sealLog.action, 'check_out')))
      .orderBy(desc(sealLog.at), desc(sealLog.id))
      .limit(1);
    if (!out) throw appError('SEAL_NOT_CHECKED_OUT');
    const at = await nextLogTime(tx, seal.id, ctx.clock.now());
    const [entry] = await tx
      .insert(sealLog)
      .values({
        sealId: seal.id,
        requestId: out.requestId,
        action: 'return',
        userId: out.userId,
        note: input.note ?? null,
        at,
        actorId: actor.id,
      })
      .returning();
    await tx.update(seals).set({ status: 'in_custody', updatedAt: at }).where(eq(seals.id, seal.id));
    if (out.requestId) {
      await tx
        .update(sealRequests)
        .set({ status: 'returned', updatedAt: at })
        .where(and(eq(sealRequests.id, out.requestId), eq(sealRequests.status, 'checked_out')));
    }
    await audit(tx, ctx, {
      entity: 'seal',
      entityId: seal.id,
      action: 'seal.return',
      before: seal,
      after: entry,
    });
    const [logEntry] = await toLogEntries(tx, [entry!]);
    return { seal: await getSeal(tx, seal.id), entry: logEntry! };
  });
}
