import { and, eq, isNull } from 'drizzle-orm';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { isUuid } from '../../../platform/schemas.js';
import { assertOwnedCapacity, lockOwnerBook } from '../capacity.js';
import { customers } from '../tables.js';
import { claimableFrom, claimRulesFor, claimsOnDay } from './claim-rules.js';
import { customerOwnership } from './ownership-view.js';
import { recordOwnershipChange } from './record-ownership-change.js';
import type { TCustomerOwnership } from './schemas.js';

/**
 * 公海 claim: a rep takes a customer from the public pool — within their daily claim cap, not
 * while they are its previous owner inside the reclaim wait, not beyond the owned cap. One
 * conditional UPDATE (owner still empty) decides between concurrent claims: one wins, the
 * others get 409.
 */
export async function claimCustomer(ctx: Ctx, id: string): Promise<TCustomerOwnership> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const at = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    // One claim at a time per rep: the daily and owned caps are counted under this lock.
    await lockOwnerBook(tx, actor.id);
    const [c] = await tx
      .select({
        id: customers.id,
        name: customers.name,
        ownerId: customers.ownerId,
        previousOwnerId: customers.previousOwnerId,
        pooledAt: customers.pooledAt,
        unitId: customers.unitId,
      })
      .from(customers)
      .where(eq(customers.id, id));
    if (!c) throw appError('NOT_FOUND');
    if (c.ownerId) throw appError('POOL_CUSTOMER_TAKEN');
    const rules = await claimRulesFor(tx, actor, at);
    if (claimableFrom(c, actor.id, rules.reclaimWaitDays, at)) throw appError('POOL_RECLAIM_WAIT');
    if ((await claimsOnDay(tx, actor.id, at, rules.timeZone)) >= rules.dailyCap) {
      throw appError('POOL_DAILY_CLAIM_CAP');
    }
    await assertOwnedCapacity(tx, actor.id, at);
    const claimed = await tx
      .update(customers)
      .set({
        ownerId: actor.id,
        ownedSince: at,
        pooledAt: null,
        poolWarnedAt: null,
        unitId: actor.unitId,
        updatedAt: at,
      })
      .where(and(eq(customers.id, id), isNull(customers.ownerId)))
      .returning({ id: customers.id });
    if (claimed.length === 0) throw appError('POOL_CUSTOMER_TAKEN');
    await recordOwnershipChange(tx, ctx, {
      customerId: id,
      change: 'claim',
      fromUserId: null,
      toUserId: actor.id,
      reason: null,
      at,
      summary: {
        'zh-CN': `${actor.displayName} 从公海领取了客户`,
        en: `${actor.displayName} claimed the customer from the pool`,
      },
      before: { ownerId: null, unitId: c.unitId, pooledAt: c.pooledAt, previousOwnerId: c.previousOwnerId },
      after: { ownerId: actor.id, unitId: actor.unitId, ownedSince: at },
    });
    return customerOwnership(tx, id);
  });
}
