import { sql } from 'drizzle-orm';
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
import { customers } from '../customers/index.js';

export const surveySources = ['ticket', 'delivery', 'schedule', 'manual'] as const;
export type SurveySource = (typeof surveySources)[number];
/** sent: waiting for the customer; answered; expired: the link passed its date unanswered (derived). */
export const surveyStatuses = ['sent', 'answered', 'expired'] as const;
export const praiseKinds = ['praise', 'award'] as const;

/** A question as asked: a key and its words (a copy of the question set in force when sent). */
export interface SurveyQuestion {
  key: string;
  'zh-CN': string;
  en: string;
}
/** An answer: the question's key and its score 1–5. */
export interface SurveyAnswer {
  key: string;
  score: number;
}

/**
 * SVC-2: a satisfaction survey of a customer about a rep (the ticket's owner, the order's rep or
 * the customer's owner) and the rep's unit when it was sent. The customer answers through a link
 * without an account: only the SHA-256 of its token is kept; the link works once and until
 * `expiresAt`. One survey per source record (`source`, `sourceRef`), so an event handled twice
 * sends one survey. `scoreSum` ÷ `scoreCount` is its score (the answered questions' mean).
 */
export const satisfactionSurveys = pgTable(
  'satisfaction_surveys',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    source: text({ enum: surveySources }).notNull(),
    /** The ticket, order or schedule round it was sent for; null when sent by hand. */
    sourceRef: text(),
    questions: jsonb().$type<SurveyQuestion[]>().notNull(),
    tokenHash: text().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** The address the link was mailed to (the customer's primary contact), if any. */
    mailedTo: text(),
    answers: jsonb().$type<SurveyAnswer[]>(),
    comment: text(),
    scoreSum: integer(),
    scoreCount: integer(),
    answeredAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.tokenHash),
    uniqueIndex().on(t.source, t.sourceRef).where(sql`${t.sourceRef} is not null`),
    index().on(t.customerId, t.sentAt),
    index().on(t.repId, t.answeredAt),
    index().on(t.unitId, t.answeredAt),
  ],
);

/**
 * SVC-3: customer praise or an award (表扬 / 奖励) for a person, with evidence files (platform
 * files). The person's unit when recorded decides who reads it (scope).
 */
export const praiseRecords = pgTable(
  'praise_records',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    day: date({ mode: 'string' }).notNull(),
    kind: text({ enum: praiseKinds }).notNull(),
    description: text().notNull(),
    ...rowStamps,
  },
  (t) => [index().on(t.userId, t.day), index().on(t.unitId, t.day), index().on(t.customerId, t.day)],
);
