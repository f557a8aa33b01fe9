import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.js';

/**
 * CUS-1/CUS-8: one timeline per record (a customer's: follow-ups, ownership changes,
 * opportunities, and later quotes, contracts, payments …). Modules append events with
 * `addTimelineEvent`; the record's page reads them newest first.
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: idColumn(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** `area.event`, e.g. `followup.logged`, `customer.claimed`; the web labels it. */
    kind: text().notNull(),
    actorId: uuid(),
    /** The record the event is about, when it is another one (a follow-up, an opportunity …). */
    refType: text(),
    refId: uuid(),
    /** Short text in both languages: { "zh-CN": …, "en": … }. */
    summary: jsonb().notNull(),
    data: jsonb(),
  },
  (t) => [index().on(t.subjectType, t.subjectId, t.at)],
);
