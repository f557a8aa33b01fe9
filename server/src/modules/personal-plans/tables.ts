import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const personalPlanKinds = ['annual', 'monthly'] as const;
export const personalPlanStatuses = ['draft', 'submitted', 'approved', 'rejected', 'superseded'] as const;

/**
 * PLAN-4: a rep's personal annual plan (年度销售计划表, period `2026`) or monthly plan
 * (月销售计划表, period `2026-03`): their targets (read from the target tree, not stored) and how
 * they will reach them, approved by the direct superior. A change after approval (e.g. agreed in
 * coaching, PLAN-6) is a new version approved again.
 */
export const personalPlans = pgTable(
  'personal_plans',
  {
    id: idColumn(),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: text({ enum: personalPlanKinds }).notNull(),
    period: text().notNull(),
    version: integer().notNull().default(1),
    status: text({ enum: personalPlanStatuses }).notNull().default('draft'),
    /** How the targets will be reached: approach, product focus, support needed. */
    approach: text().notNull().default(''),
    changeReason: text(),
    /** The coaching record (PLAN-6) this version's change was agreed in. */
    coachingId: uuid(),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.repId, t.kind, t.period, t.version), index().on(t.unitId, t.period)],
);

/** PLAN-4: a line of the plan — a key customer, an opportunity to close, or an action — with the amount it is meant to bring. */
export const personalPlanItems = pgTable(
  'personal_plan_items',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => personalPlans.id),
    kind: text({ enum: ['customer', 'opportunity', 'action'] }).notNull(),
    /** The customer or opportunity. */
    refId: uuid(),
    note: text().notNull().default(''),
    expectedFen: bigint({ mode: 'bigint' }),
    position: integer().notNull().default(0),
  },
  (t) => [index().on(t.planId, t.position)],
);
