import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units } from '../../platform/org/tables.js';

/**
 * PLAN-2/PLAN-3: the metrics a target is set for. Amounts are fen; volume is product quantity
 * (optionally of one product category); new customers a count. Which ones a company uses is the
 * policy `plan.metrics`.
 */
export const targetMetrics = ['signed_amount', 'collected_amount', 'volume', 'new_customers'] as const;
export type TargetMetric = (typeof targetMetrics)[number];
export const moneyMetrics: readonly TargetMetric[] = ['signed_amount', 'collected_amount'];

/** draft → submitted → approved (in force) | rejected (back to draft work); approved → superseded by the next approved version. */
export const planDocStatuses = ['draft', 'submitted', 'approved', 'rejected', 'superseded'] as const;

/**
 * PLAN-1: the company's annual sales plan (年度销售计划) for one year: goal, strategy, product
 * mix and market layout (regions, channels, partners), with its numeric company targets
 * (sales_plan_targets). Versioned: a change after approval is a new version approved again;
 * the approved version with the highest number is in force.
 */
export const salesPlans = pgTable(
  'sales_plans',
  {
    id: idColumn(),
    year: integer().notNull(),
    version: integer().notNull(),
    status: text({ enum: planDocStatuses }).notNull().default('draft'),
    goal: text().notNull().default(''),
    strategy: text().notNull().default(''),
    productMix: text().notNull().default(''),
    regions: text().notNull().default(''),
    channels: text().notNull().default(''),
    partners: text().notNull().default(''),
    /** Why this version differs from the one before (required from version 2). */
    changeReason: text(),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.year, t.version), index().on(t.year, t.status)],
);

/** PLAN-1: a numeric company target of a plan: metric (and product category for volume) × period (the year, or a month). */
export const salesPlanTargets = pgTable(
  'sales_plan_targets',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => salesPlans.id),
    metric: text({ enum: targetMetrics }).notNull(),
    /** Product category id for a volume target of one category; '' for all. */
    category: text().notNull().default(''),
    /** `2026` or `2026-03` (periods.ts). */
    period: text().notNull(),
    /** Fen for amount metrics, a count otherwise. */
    value: bigint({ mode: 'bigint' }).notNull(),
  },
  (t) => [uniqueIndex().on(t.planId, t.metric, t.category, t.period)],
);

/**
 * PLAN-2/PLAN-3: the decomposition (分解) of one unit's target for a metric and year among its
 * child units and people, by year and month. The unit's own target comes from above: the
 * in-force set of its parent unit, or for the company (the root unit) the approved sales plan.
 * Versioned like the plan; only an approved version is in force.
 */
export const targetSets = pgTable(
  'target_sets',
  {
    id: idColumn(),
    /** The unit whose target is split. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    year: integer().notNull(),
    metric: text({ enum: targetMetrics }).notNull(),
    category: text().notNull().default(''),
    version: integer().notNull(),
    status: text({ enum: planDocStatuses }).notNull().default('draft'),
    /** How the split was made: by hand, evenly, by last year's share, by weights. */
    method: text({ enum: ['manual', 'even', 'last_year', 'weights'] })
      .notNull()
      .default('manual'),
    /** PLAN-3: the submitter's reason for a split that does not sum to the unit's target. */
    gapReason: text(),
    changeReason: text(),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.unitId, t.year, t.metric, t.category, t.version),
    index().on(t.year, t.metric, t.status),
  ],
);

/** PLAN-3: one child's share in a set: a child unit or a person, for the year or one month. */
export const targetLines = pgTable(
  'target_lines',
  {
    id: idColumn(),
    setId: uuid()
      .notNull()
      .references(() => targetSets.id),
    subjectType: text({ enum: ['unit', 'user'] }).notNull(),
    subjectId: uuid().notNull(),
    /** `2026` or `2026-03`. Quarters are the sum of their months; weeks are derived (ADR 25). */
    period: text().notNull(),
    /** Fen for amount metrics, a count otherwise. */
    value: bigint({ mode: 'bigint' }).notNull(),
    /** The weight given when the split was made by weights. */
    weight: integer(),
  },
  (t) => [
    uniqueIndex().on(t.setId, t.subjectType, t.subjectId, t.period),
    index().on(t.subjectType, t.subjectId, t.period),
  ],
);

/** PLAN-5: the size of a region's market for a year (entered), the base of market share. */
export const marketSizes = pgTable(
  'market_sizes',
  {
    id: idColumn(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    year: integer().notNull(),
    sizeFen: bigint({ mode: 'bigint' }).notNull(),
    source: text(),
    enteredOn: date({ mode: 'string' }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.unitId, t.year)],
);
