import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const monthSummaryStatuses = ['draft', 'submitted', 'read'] as const;

/**
 * OPS-7: the supervisor's monthly summary (月度总结) of one month — results (prefilled from the
 * team's indicators), problems, next month's plan; submitted and read by the manager above.
 */
export const monthSummaries = pgTable(
  'month_summaries',
  {
    id: idColumn(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The month summed up (YYYY-MM). */
    month: text().notNull(),
    results: text().notNull().default(''),
    problems: text().notNull().default(''),
    nextPlan: text().notNull().default(''),
    status: text({ enum: monthSummaryStatuses }).notNull().default('draft'),
    submittedAt: timestamp({ withTimezone: true }),
    readerId: uuid().references(() => users.id),
    readAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.authorId, t.month), index().on(t.unitId, t.month)],
);
