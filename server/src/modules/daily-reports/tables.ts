import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const dailyReportReviewStatuses = ['pending', 'approved', 'returned'] as const;

/**
 * OPS-2: the daily sales report (销售日报表) of one rep (`userId`) or one unit (`userId` null) for
 * one day — the day's figures generated from the records (new customers, inquiries, visits,
 * quotes, contracts signed, orders, money confirmed) and the rep's notes; archived per day (a past
 * day's figures are never generated again). OPS-7: the supervisor reviews a rep's report once the
 * rep submits it (`reviewStatus` pending → approved / returned; returned → notes → pending again).
 */
export const dailyReports = pgTable(
  'daily_reports',
  {
    id: idColumn(),
    userId: uuid().references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    day: date({ mode: 'string' }).notNull(),
    /** The day's figures as generated (see the module's figures read model). */
    figures: jsonb().notNull(),
    notes: text().notNull().default(''),
    generatedAt: timestamp({ withTimezone: true }).notNull(),
    /** When the rep last submitted the report with the notes (null: not yet). */
    submittedAt: timestamp({ withTimezone: true }),
    reviewStatus: text({ enum: dailyReportReviewStatuses }),
    reviewComment: text(),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex('daily_reports_person_day').on(t.userId, t.day).where(sql`${t.userId} is not null`),
    uniqueIndex('daily_reports_unit_day').on(t.unitId, t.day).where(sql`${t.userId} is null`),
    index().on(t.unitId, t.day),
    index().on(t.reviewStatus),
  ],
);
