import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const workLogStatuses = ['draft', 'submitted'] as const;
export const workLogReviewStatuses = ['pending', 'approved', 'returned'] as const;

/**
 * OPS-1: the work log (工作日志) of one rep for one working day — what was done (prefilled from
 * the day's visits, follow-ups, quotes, contracts and payments, editable), customers' opinions,
 * problems, tomorrow's plan. Due at the end of the working day or on return from a trip (`dueAt`);
 * after the day is closed it changes only with the change recorded. OPS-7: the supervisor
 * reviews it (approve / return with a comment).
 */
export const workLogs = pgTable(
  'work_logs',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The working day the log is of (company calendar). */
    day: date({ mode: 'string' }).notNull(),
    done: text().notNull().default(''),
    /** 客户意见: what customers said. */
    customerOpinions: text().notNull().default(''),
    problems: text().notNull().default(''),
    tomorrowPlan: text().notNull().default(''),
    status: text({ enum: workLogStatuses }).notNull().default('draft'),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    submittedAt: timestamp({ withTimezone: true }),
    reviewStatus: text({ enum: workLogReviewStatuses }),
    reviewComment: text(),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.userId, t.day), index().on(t.unitId, t.day)],
);

/**
 * OPS-1: a change to a submitted work log after its day was closed (past the due time): the
 * fields before and after, who changed them, when and why. The log keeps the latest text; the
 * revisions keep every earlier one readable.
 */
export const workLogRevisions = pgTable(
  'work_log_revisions',
  {
    id: idColumn(),
    logId: uuid()
      .notNull()
      .references(() => workLogs.id),
    before: jsonb().notNull(),
    after: jsonb().notNull(),
    reason: text().notNull(),
    changedBy: uuid()
      .notNull()
      .references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.logId, t.changedAt)],
);
