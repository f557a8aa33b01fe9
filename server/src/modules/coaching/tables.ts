import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

/**
 * PLAN-6: a coaching record (辅导记录) of a superior with a person behind target: the figures at
 * the time, findings, agreed actions, a follow-up date (a due item for the coach), and the plan
 * adjustment it led to (a new version of the person's plan, approved).
 */
export const coachingRecords = pgTable(
  'coaching_records',
  {
    id: idColumn(),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    coachId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The period whose completion led to it (`2026-03`, `2026-Q1` …). */
    period: text().notNull(),
    /** The indicators when it was written (amounts as text). */
    snapshot: jsonb().notNull(),
    findings: text().notNull(),
    actions: text().notNull(),
    followUpOn: date({ mode: 'string' }).notNull(),
    status: text({ enum: ['open', 'followed_up'] })
      .notNull()
      .default('open'),
    followUpNote: text(),
    followedUpAt: timestamp({ withTimezone: true }),
    /** The personal plan version proposed as the adjustment, if any. */
    adjustmentPlanId: uuid(),
    ...rowStamps,
  },
  (t) => [index().on(t.repId, t.period), index().on(t.coachId, t.status)],
);
