import {
  bigint,
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
 * INC-7: a sales champion (销售冠军) of a closed month, quarter or year, of a unit (its people and
 * the units below it) or of the company (the root unit): who, the figures that made them champion,
 * the ranking of the top people and the tie rule as it applied; one per period and unit, so the
 * close names and announces each once.
 */
export const salesChampions = pgTable(
  'sales_champions',
  {
    id: idColumn(),
    /** `2026-03`, `2026-Q1` or `2026`. */
    period: text().notNull(),
    periodKind: text({ enum: ['month', 'quarter', 'year'] }).notNull(),
    scope: text({ enum: ['unit', 'company'] }).notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** champions.metric as it was: `sales_amount` or `completion`. */
    metric: text({ enum: ['sales_amount', 'completion'] }).notNull(),
    /** The champion's figures (amounts as text), and the top people in order with theirs. */
    figures: jsonb().notNull(),
    ranking: jsonb().notNull(),
    /** How the tie rule decided, when it had to: the figure that separated them. */
    tieBreak: jsonb(),
    announcedAt: timestamp({ withTimezone: true }).notNull(),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.period, t.unitId), index().on(t.userId)],
);

/**
 * INC-7: a champion's reward — a bonus (fen), a prize, or a promotion recommendation — proposed by
 * whoever records champion rewards and approved through champions.rewardApprovers; optional extra
 * points awarded on approval.
 */
export const championRewards = pgTable(
  'champion_rewards',
  {
    id: idColumn(),
    championId: uuid()
      .notNull()
      .references(() => salesChampions.id),
    kind: text({ enum: ['bonus', 'prize', 'promotion'] }).notNull(),
    bonusFen: bigint({ mode: 'bigint' }),
    prize: text(),
    note: text().notNull().default(''),
    points: integer().notNull().default(0),
    status: text({ enum: ['draft', 'submitted', 'approved', 'rejected'] })
      .notNull()
      .default('draft'),
    proposedBy: uuid()
      .notNull()
      .references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.championId), index().on(t.status)],
);
