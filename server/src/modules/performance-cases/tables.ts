import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

/**
 * INC-8: a below-target case (绩效面谈/待改进) opened at a month close for a person whose sales
 * completion was under cases.belowPct: the figures then, the interview (约谈), the improvement
 * plan (its actions in performance_case_actions), the outcome; escalated to a performance review
 * (level `review`) after cases.escalateMonths consecutive months below, with a decision approved
 * through the flow `performance_case`. One case per person and month.
 */
export const performanceCases = pgTable(
  'performance_cases',
  {
    id: idColumn(),
    personId: uuid()
      .notNull()
      .references(() => users.id),
    /** The person's unit at the close. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The month closed (`2026-03`). */
    month: text().notNull(),
    /** The figures at the close: the sales metric, target, actual, completion of each month of the run. */
    snapshot: jsonb().notNull(),
    level: text({ enum: ['interview', 'review'] }).notNull(),
    /** The step the case is at. */
    status: text({ enum: ['interview', 'plan', 'review', 'outcome', 'closed'] })
      .notNull()
      .default('interview'),
    /** Months below target in a row, this one included. */
    consecutiveMonths: integer().notNull(),
    /** The case of the month before, when the person had one. */
    previousCaseId: uuid(),
    /** The direct superior at the close, who holds the interview. */
    superiorId: uuid().references(() => users.id),
    interviewOn: date({ mode: 'string' }),
    interviewNotes: text(),
    interviewedBy: uuid().references(() => users.id),
    interviewedAt: timestamp({ withTimezone: true }),
    planAgreedBy: uuid().references(() => users.id),
    planAgreedAt: timestamp({ withTimezone: true }),
    decision: text({ enum: ['warning', 'position_change', 'no_action'] }),
    decisionReasons: text(),
    decisionStatus: text({ enum: ['pending', 'approved', 'rejected', 'withdrawn'] }),
    decisionBy: uuid().references(() => users.id),
    decisionAt: timestamp({ withTimezone: true }),
    decisionApprovedAt: timestamp({ withTimezone: true }),
    outcome: text({ enum: ['improved', 'not_improved', 'other'] }),
    outcomeNotes: text(),
    closedBy: uuid().references(() => users.id),
    closedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.personId, t.month),
    index().on(t.month, t.status),
    index().on(t.superiorId, t.status),
  ],
);

/** INC-8: the improvement plan's actions: what, whose, by when. */
export const performanceCaseActions = pgTable(
  'performance_case_actions',
  {
    id: idColumn(),
    caseId: uuid()
      .notNull()
      .references(() => performanceCases.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    action: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    startOn: date({ mode: 'string' }).notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.caseId, t.seq)],
);
