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
 * INC-9: a sales contest (销售竞赛): a period on the company calendar, the participants, the metric
 * it is decided on (one of the indicators' metrics), the prize and the winners' extra points; run
 * draft → running → closed, the results frozen and announced at the close.
 */
export const contests = pgTable(
  'contests',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    fromOn: date({ mode: 'string' }).notNull(),
    toOn: date({ mode: 'string' }).notNull(),
    metric: text({ enum: ['signed_amount', 'collected_amount', 'volume', 'new_customers'] }).notNull(),
    prize: text().notNull().default(''),
    /** How many places win (0: none), and the extra points each winner gets (0: none). */
    winnerCount: integer().notNull().default(1),
    winnerPoints: integer().notNull().default(0),
    status: text({ enum: ['draft', 'running', 'closed'] })
      .notNull()
      .default('draft'),
    /** Who runs it, and their unit (contest:manage's scope over the contest). */
    organizerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The leaderboard as frozen at the close. */
    results: jsonb(),
    closedAt: timestamp({ withTimezone: true }),
    announcedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.status, t.toOn), index().on(t.unitId)],
);

/** INC-9: who competes — a person, or a unit (its people, each competing on their own). */
export const contestParticipants = pgTable(
  'contest_participants',
  {
    id: idColumn(),
    contestId: uuid()
      .notNull()
      .references(() => contests.id, { onDelete: 'cascade' }),
    kind: text({ enum: ['user', 'unit'] }).notNull(),
    userId: uuid().references(() => users.id),
    unitId: uuid().references(() => units.id),
  },
  (t) => [
    uniqueIndex().on(t.contestId, t.kind, t.userId, t.unitId),
    index().on(t.userId),
    index().on(t.unitId),
  ],
);
