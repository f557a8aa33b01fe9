import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';
import { opportunities } from '../opportunities/tables.js';
import { products } from '../products/tables.js';

/**
 * Q2C-3: draft → reviewing (manager review, plus approvals for discounts) → approved → sent →
 * accepted / declined; expired past its validity date; rejected sends it back to draft work.
 */
export const quoteStatuses = [
  'draft',
  'reviewing',
  'approved',
  'rejected',
  'sent',
  'accepted',
  'declined',
  'expired',
] as const;

/** Q2C-2/Q2C-3: a quote (报价单) to a customer. Totals in fen; tax rate in whole percent. */
export const quotes = pgTable(
  'quotes',
  {
    id: idColumn(),
    /** BJ-Q-2026-0001 style, gapless per year. */
    number: text().notNull().unique(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    opportunityId: uuid().references(() => opportunities.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    status: text({ enum: quoteStatuses }).notNull().default('draft'),
    /** The tax rate (percent) read from the policy when the quote was made. */
    taxRatePct: integer().notNull(),
    validUntil: date({ mode: 'string' }).notNull(),
    /** Σ list price × quantity. */
    listTotalFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** Σ line amounts, before tax. */
    netTotalFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    taxFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** Amount due from the customer, tax included. */
    totalFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** The largest line discount off list price, in basis points (1000 = 10%). */
    maxDiscountBp: integer().notNull().default(0),
    /** Some line is priced under its floor price (Q2C-2). */
    belowFloor: boolean().notNull().default(false),
    remark: text(),
    sentAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    /** The contract drafted from this quote once accepted. */
    contractId: uuid(),
    ...rowStamps,
  },
  (t) => [index().on(t.ownerId, t.status), index().on(t.unitId, t.status), index().on(t.customerId)],
);

/** A quote line: list price and net unit price in fen, discount off list in basis points. */
export const quoteLines = pgTable(
  'quote_lines',
  {
    id: idColumn(),
    quoteId: uuid()
      .notNull()
      .references(() => quotes.id),
    seq: integer().notNull(),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    /** Name, unit and prices as they were when quoted. */
    productName: text().notNull(),
    unit: text().notNull(),
    quantity: integer().notNull(),
    listPriceFen: bigint({ mode: 'bigint' }).notNull(),
    floorPriceFen: bigint({ mode: 'bigint' }).notNull(),
    unitPriceFen: bigint({ mode: 'bigint' }).notNull(),
    discountBp: integer().notNull(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    remark: text(),
  },
  (t) => [index().on(t.quoteId, t.seq)],
);

/**
 * Q2C-4: before a customer orders, the rep reports the order intent (订单意向) to the
 * supervisor, who acknowledges it.
 */
export const orderIntents = pgTable(
  'order_intents',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    quoteId: uuid().references(() => quotes.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Who it was reported to (the rep's direct superior at the time). */
    supervisorId: uuid().references(() => users.id),
    expectedAmountFen: bigint({ mode: 'bigint' }),
    expectedOrderDate: date({ mode: 'string' }),
    note: text().notNull(),
    reportedAt: timestamp({ withTimezone: true }).notNull(),
    acknowledgedAt: timestamp({ withTimezone: true }),
    acknowledgedBy: uuid(),
    ackComment: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.ownerId), index().on(t.supervisorId, t.acknowledgedAt), index().on(t.customerId)],
);
