import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const rewardKinds = ['gift', 'coupon', 'training'] as const;
export const redemptionStatuses = ['submitted', 'approved', 'rejected', 'withdrawn', 'fulfilled'] as const;

/**
 * INC-6: a reward of the catalogue (积分商城): a gift, a coupon or a training place, its value in
 * fen and its points price — value (yuan) × rewards.exchangeRatio in force when the item was saved,
 * rounded up, kept with the ratio it was priced at (a later change of the ratio prices the next
 * save, never a redemption already made). Stock null: unlimited.
 */
export const rewardItems = pgTable(
  'reward_items',
  {
    id: idColumn(),
    name: text().notNull(),
    kind: text({ enum: rewardKinds }).notNull(),
    description: text().notNull().default(''),
    valueFen: bigint({ mode: 'bigint' }).notNull(),
    /** The exchange ratio (points per yuan, decimal text) the price was computed with. */
    exchangeRatio: text().notNull(),
    pointsPrice: bigint({ mode: 'bigint' }).notNull(),
    /** What is left to redeem; null: unlimited. Never below zero (a check in the stock update). */
    stock: integer(),
    active: boolean().notNull().default(true),
    ...rowStamps,
  },
  (t) => [
    index().on(t.active, t.kind),
    check('reward_items_stock_not_negative', sql`${t.stock} is null or ${t.stock} >= 0`),
  ],
);

/**
 * INC-6: a person's redemption of a reward: the points taken from their lots that expire first
 * (the ledger entry `spendEntryId`) and the stock reserved when requested; approved, or given back
 * when rejected or withdrawn (the entry reversed, the stock restored).
 */
export const redemptions = pgTable(
  'redemptions',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    itemId: uuid()
      .notNull()
      .references(() => rewardItems.id),
    quantity: integer().notNull(),
    /** The item's price then, and the points taken (price × quantity). */
    unitPoints: bigint({ mode: 'bigint' }).notNull(),
    points: bigint({ mode: 'bigint' }).notNull(),
    status: text({ enum: redemptionStatuses }).notNull().default('submitted'),
    spendEntryId: uuid(),
    returnEntryId: uuid(),
    note: text().notNull().default(''),
    decidedAt: timestamp({ withTimezone: true }),
    fulfilledAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.userId, t.createdAt), index().on(t.status)],
);
