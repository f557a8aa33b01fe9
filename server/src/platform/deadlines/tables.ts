import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/**
 * Something that must happen by a time: an owner, a subject record, a due time and an
 * escalation ladder. It closes when its subject event happens.
 */
export const dueItems = pgTable(
  'due_items',
  {
    id: idColumn(),
    kind: text().notNull(),
    title: text().notNull(),
    ownerId: uuid().notNull(),
    unitId: uuid().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    /** How the due time was counted: {"from":…, "amount":2, "unit":"working_days"}. */
    rule: jsonb().notNull(),
    /** Escalation ladder: [{ "offsetMinutes": -1440, "notify": "owner" }, …]. */
    ladder: jsonb().notNull(),
    /** Number of ladder rungs already fired. */
    rungsFired: integer().notNull().default(0),
    status: text({ enum: ['open', 'closed', 'cancelled'] })
      .notNull()
      .default('open'),
    closedAt: timestamp({ withTimezone: true }),
    closedReason: text(),
    ...rowStamps,
  },
  (t) => [
    index().on(t.ownerId, t.status),
    index().on(t.status, t.dueAt),
    index().on(t.subjectType, t.subjectId),
  ],
);
