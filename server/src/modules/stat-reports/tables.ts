import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units } from '../../platform/org/tables.js';

/**
 * OPS-4: a statistics report (统计报表) of a unit for a month (`2026-03`, generated on the first
 * working day of the next month) or a week (`2026-W12`, on request): sales volume and amount,
 * visits, inquiry calls and collections by rep and unit with month-on-month and year-on-year,
 * kept as generated (figures as text in `data`).
 */
export const statReports = pgTable(
  'stat_reports',
  {
    id: idColumn(),
    kind: text({ enum: ['monthly', 'weekly'] }).notNull(),
    period: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Null when the monthly job made it. */
    requestedBy: uuid(),
    generatedAt: timestamp({ withTimezone: true }).notNull(),
    data: jsonb().notNull(),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.kind, t.period, t.unitId), index().on(t.unitId, t.generatedAt)],
);
