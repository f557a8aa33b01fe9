import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const daySummaryStatuses = ['assembled', 'sent'] as const;

/** One order of the day in a summary, as it stood at assembly. */
export interface SummaryOrder {
  id: string;
  number: string;
  customer: string;
  owner: string;
  status: string;
}

/** One person's work log of the day in a summary; `missing` when not submitted at assembly. */
export interface SummaryLog {
  userId: string;
  name: string;
  unit: string;
  missing: boolean;
  done: string;
  customerOpinions: string;
  problems: string;
  tomorrowPlan: string;
}

export interface SummaryContent {
  orders: SummaryOrder[];
  logs: SummaryLog[];
}

/**
 * OPS-3: the end-of-day summary of one unit for one working day — the day's orders, the reps'
 * and customers' opinions and problems and the work logs — assembled at the policy time for the
 * unit's assistant, who adds remarks and sends it to the GM and the sales manager.
 */
export const daySummaries = pgTable(
  'day_summaries',
  {
    id: idColumn(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The working day summarised (company calendar). */
    day: date({ mode: 'string' }).notNull(),
    /** The assistant who reviews and sends it. */
    assistantId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: daySummaryStatuses }).notNull().default('assembled'),
    content: jsonb().$type<SummaryContent>().notNull(),
    remarks: text().notNull().default(''),
    assembledAt: timestamp({ withTimezone: true }).notNull(),
    /** When it must be sent by (daySummary.sendBy on the day). */
    sendBy: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
    sentBy: uuid().references(() => users.id),
    /** Who it went to, as resolved when sent. */
    recipientIds: jsonb().$type<string[]>().notNull().default([]),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.unitId, t.day), index().on(t.assistantId, t.status), index().on(t.day)],
);
