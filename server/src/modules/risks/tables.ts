import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';

export const riskCategories = ['market', 'customer_credit', 'contract', 'collection', 'compliance'] as const;
export const riskStatuses = ['open', 'controlled', 'closed'] as const;
export const riskSources = ['manual', 'system'] as const;
/** RISK-1: the customer-credit signals the system watches (CUS-9, AR-8). */
export const riskSignals = ['over_limit', 'legal_overdue', 'written_off'] as const;
export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;

/**
 * RISK-1: a sales risk (销售风险) in the register, numbered FX-<year>-<n> without gaps; scored
 * likelihood 1–5 × impact 1–5 (the level bands are a policy, so the level is computed on read);
 * an owner who reviews it by the review date (a due item); open → controlled → closed. A
 * system risk watches one customer-credit signal and is closed by the system when the signal
 * clears; never two unclosed system risks for the same customer and signal (the partial index).
 */
export const risks = pgTable(
  'risks',
  {
    id: idColumn(),
    number: text().notNull(),
    title: text().notNull(),
    description: text(),
    category: text({ enum: riskCategories }).notNull(),
    likelihood: integer().notNull(),
    impact: integer().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The unit the risk belongs to (the owner's, or the customer's for a system risk): scope. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    controls: text(),
    reviewOn: date({ mode: 'string' }).notNull(),
    status: text({ enum: riskStatuses }).notNull().default('open'),
    customerId: uuid().references(() => customers.id),
    source: text({ enum: riskSources }).notNull().default('manual'),
    signal: text({ enum: riskSignals }),
    closedAt: timestamp({ withTimezone: true }),
    closedNote: text(),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.number),
    index().on(t.status, t.reviewOn),
    index().on(t.ownerId, t.status),
    index().on(t.unitId, t.status),
    index().on(t.customerId),
    uniqueIndex('risks_open_signal')
      .on(t.customerId, t.signal)
      .where(sql`source = 'system' and status <> 'closed'`),
  ],
);

/** RISK-1: a review of a risk by its owner: what was found, and the next review date. */
export const riskReviews = pgTable(
  'risk_reviews',
  {
    id: idColumn(),
    riskId: uuid()
      .notNull()
      .references(() => risks.id),
    reviewedBy: uuid()
      .notNull()
      .references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }).notNull(),
    note: text().notNull(),
    nextReviewOn: date({ mode: 'string' }),
  },
  (t) => [index().on(t.riskId, t.reviewedAt)],
);
