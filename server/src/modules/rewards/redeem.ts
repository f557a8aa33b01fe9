import { and, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { once } from '../../platform/idempotency/idempotency.js';
import { isLedgerError, lockAccount, spend } from '../../platform/ledger/ledger.js';
import { POINTS_ACCOUNT } from '../points/index.js';
import { getRedemption } from './queries.js';
import type { TRedeem, TRedemption } from './schemas.js';
import { REDEMPTION_DOC } from './scope.js';
import { redemptions, rewardItems } from './tables.js';

/**
 * INC-6: the stock is taken by one conditional UPDATE (… where stock >= quantity), so two requests
 * at once can never take it below zero; unlimited stock (null) is not counted.
 */
async function reserveStock(tx: Tx, itemId: string, quantity: number): Promise<void> {
  const [item] = await tx.select().from(rewardItems).where(eq(rewardItems.id, itemId));
  if (!item) throw appError('NOT_FOUND');
  if (!item.active) throw appError('REWARD_INACTIVE');
  if (item.stock === null) return;
  const taken = await tx
    .update(rewardItems)
    .set({ stock: sql`${rewardItems.stock} - ${quantity}` })
    .where(and(eq(rewardItems.id, itemId), gte(rewardItems.stock, quantity)))
    .returning({ stock: rewardItems.stock });
  if (taken.length > 0) return;
  const [now] = await tx
    .select({ stock: rewardItems.stock })
    .from(rewardItems)
    .where(eq(rewardItems.id, itemId));
  throw appError('REWARD_OUT_OF_STOCK', undefined, { stock: now?.stock ?? 0 });
}

/**
 * INC-5/INC-6: a person redeems a reward. In one transaction: their points account is locked, the
 * stock reserved, the price × quantity taken from the lots that expire first (expired lots written
 * off first and never counted) — refused when the live balance is short, so a balance is never
 * negative, also under concurrent requests — and the request goes to the approvers of
 * rewards.redemptionApprovers (the nearest sales manager by default). With an Idempotency-Key a
 * retry or a double click returns the first redemption.
 */
export function redeemReward(ctx: Ctx, input: TRedeem, idempotencyKey?: string): Promise<TRedemption> {
  const actor = requireActor(ctx);
  return inTx(ctx, (tx) =>
    once(tx, ctx, { scope: 'redemption.create', key: idempotencyKey, body: input }, async () => {
      // The account first, before any audit row (the ledger's lock order).
      await lockAccount(tx, POINTS_ACCOUNT, actor.id);
      await reserveStock(tx, input.itemId, input.quantity);
      const [item] = await tx.select().from(rewardItems).where(eq(rewardItems.id, input.itemId));
      const points = item!.pointsPrice * BigInt(input.quantity);
      const at = ctx.clock.now();
      const [row] = await tx
        .insert(redemptions)
        .values({
          userId: actor.id,
          unitId: actor.unitId,
          itemId: item!.id,
          quantity: input.quantity,
          unitPoints: item!.pointsPrice,
          points,
          status: 'submitted',
          note: input.note ?? '',
          createdAt: at,
          createdBy: actor.id,
          updatedAt: at,
        })
        .returning();
      const spent = await spend(tx, ctx, {
        account: POINTS_ACCOUNT,
        holderId: actor.id,
        amount: points,
        kind: 'redeemed',
        refType: 'redemption',
        refId: row!.id,
        idempotencyKey: `redemption:${row!.id}`,
        memo: { item: item!.name, quantity: input.quantity, unitPoints: item!.pointsPrice.toString() },
      }).catch((e: unknown) => {
        if (isLedgerError(e, 'INSUFFICIENT_BALANCE'))
          throw appError('REWARD_POINTS_SHORT', undefined, {
            balance: (e.details.balance ?? 0n).toString(),
            points: points.toString(),
          });
        throw e;
      });
      const [saved] = await tx
        .update(redemptions)
        .set({ spendEntryId: spent!.entry.id })
        .where(eq(redemptions.id, row!.id))
        .returning();
      await audit(tx, ctx, {
        entity: 'redemption',
        entityId: row!.id,
        action: 'redemption.create',
        after: saved,
      });
      await submitForApproval(tx, ctx, { docType: REDEMPTION_DOC, docId: row!.id });
      return getRedemption(tx, actor, row!.id);
    }),
  );
}
