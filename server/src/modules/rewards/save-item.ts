import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { type RewardItemRow, toRewardItem } from './items.js';
import { exchangeRatio } from './policies.js';
import { pointsPriceOf } from './price.js';
import type { TRewardItem, TRewardItemSave } from './schemas.js';
import { rewardItems } from './tables.js';

/** The columns a save writes: the price from the exchange ratio in force now (INC-6). */
async function valuesOf(tx: Tx, ctx: Ctx, input: TRewardItemSave) {
  const ratio = await readPolicy(tx, exchangeRatio, ctx.clock.now());
  const valueFen = BigInt(input.valueFen);
  return {
    name: input.name,
    kind: input.kind,
    description: input.description ?? '',
    valueFen,
    exchangeRatio: ratio,
    pointsPrice: pointsPriceOf(valueFen, ratio),
    stock: input.stock ?? null,
    active: input.active,
    updatedAt: ctx.clock.now(),
  };
}

/** INC-6: the catalogue's keeper adds a reward, priced in points by rewards.exchangeRatio. */
export function createRewardItem(ctx: Ctx, input: TRewardItemSave): Promise<TRewardItem> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [row] = await tx
      .insert(rewardItems)
      .values({ ...(await valuesOf(tx, ctx, input)), createdAt: ctx.clock.now(), createdBy: actor.id })
      .returning();
    await audit(tx, ctx, {
      entity: 'reward_item',
      entityId: row!.id,
      action: 'rewardItem.create',
      after: row,
    });
    return toRewardItem(row!);
  });
}

/**
 * INC-6: the keeper changes a reward — its price follows the exchange ratio in force now; what was
 * redeemed before keeps the price it was redeemed at. Taking it off the shelf (active false) stops
 * new redemptions only.
 */
export function updateRewardItem(ctx: Ctx, id: string, input: TRewardItemSave): Promise<TRewardItem> {
  requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (!isUuid(id)) throw appError('NOT_FOUND');
    const [before] = await tx.select().from(rewardItems).where(eq(rewardItems.id, id)).for('update');
    if (!before) throw appError('NOT_FOUND');
    const [after] = (await tx
      .update(rewardItems)
      .set(await valuesOf(tx, ctx, input))
      .where(eq(rewardItems.id, id))
      .returning()) as [RewardItemRow];
    await audit(tx, ctx, { entity: 'reward_item', entityId: id, action: 'rewardItem.update', before, after });
    return toRewardItem(after);
  });
}
