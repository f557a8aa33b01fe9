import { sql } from 'drizzle-orm';
import {
  bigint,
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

export const commissionPlanStatuses = ['draft', 'submitted', 'approved', 'rejected', 'superseded'] as const;
export const commissionMethods = ['marginal', 'retroactive'] as const;
export const commissionTrueUps = ['none', 'quarter', 'year'] as const;
export const commissionStatementStatuses = ['draft', 'submitted', 'approved', 'rejected', 'closed'] as const;
export const commissionLineKinds = ['commission', 'cap', 'clawback', 'true_up', 'carry'] as const;
export const commissionLineRefTypes = [
  'payment',
  'contract',
  'credit_note',
  'write_off',
  'statement',
] as const;

/** A tier of a plan: from this attainment (basis points of target) the rate applies. */
export interface PlanTier {
  fromBp: number;
  rateBp: number;
}
/** A product category's own rate (signed basis only). */
export interface CategoryRate {
  categoryId: string;
  rateBp: number;
}

/**
 * INC-1: a commission plan (提成方案) for the holders of a preset role from a month on: the
 * method (marginal or retroactive), the tiers over target attainment, an optional cap, optional
 * product-category rates and the true-up. Versioned per role and effective month; approved by
 * the chain of commission.planApprovers; a change after approval is a new version.
 */
export const commissionPlans = pgTable(
  'commission_plans',
  {
    id: idColumn(),
    name: text().notNull(),
    roleCode: text().notNull(),
    /** `YYYY-MM`: the first month it applies to. */
    effectiveFrom: text().notNull(),
    version: integer().notNull().default(1),
    status: text({ enum: commissionPlanStatuses }).notNull().default('draft'),
    method: text({ enum: commissionMethods }).notNull(),
    tiers: jsonb().$type<PlanTier[]>().notNull(),
    capFen: bigint({ mode: 'bigint' }),
    categoryRates: jsonb().$type<CategoryRate[]>().notNull().default([]),
    trueUp: text({ enum: commissionTrueUps }).notNull().default('none'),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.roleCode, t.effectiveFrom, t.version), index().on(t.roleCode, t.status)],
);

/**
 * INC-1: a person's commission statement (提成结算单) for a month: the basis, the target, the
 * plan version and the policy values it used ("why this number"), the total. Draft → submitted
 * (reviewed by the supervisor, approved by the manager) → approved → closed by finance; closed is
 * immutable and posted to the ledger's commission account.
 */
export const commissionStatements = pgTable(
  'commission_statements',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** `YYYY-MM`. */
    period: text().notNull(),
    planId: uuid()
      .notNull()
      .references(() => commissionPlans.id),
    status: text({ enum: commissionStatementStatuses }).notNull().default('draft'),
    basis: text({ enum: ['signed', 'collected'] }).notNull(),
    targetFen: bigint({ mode: 'bigint' }),
    basisFen: bigint({ mode: 'bigint' }).notNull(),
    attainmentBp: integer(),
    reachedTier: integer().notNull().default(0),
    commissionFen: bigint({ mode: 'bigint' }).notNull(),
    /** What the number rests on: plan snapshot, policy values, the rule for a missing target. */
    why: jsonb().notNull(),
    generatedAt: timestamp({ withTimezone: true }).notNull(),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid(),
    ledgerEntryId: uuid(),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.userId, t.period), index().on(t.period, t.status), index().on(t.unitId)],
);

/**
 * INC-1: a line of a statement: the record that earned it (payment, contract) with its number
 * and date, the basis, the tier and rate, the amount; or a cap, clawback, true-up or carried line.
 */
export const commissionStatementLines = pgTable(
  'commission_statement_lines',
  {
    id: idColumn(),
    statementId: uuid()
      .notNull()
      .references(() => commissionStatements.id),
    seq: integer().notNull(),
    kind: text({ enum: commissionLineKinds }).notNull(),
    refType: text({ enum: commissionLineRefTypes }),
    refId: uuid(),
    refNumber: text(),
    refOn: date({ mode: 'string' }),
    basisFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    tierIndex: integer(),
    rateBp: integer(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    /** For clawbacks and true-ups: what it goes back to (the original record, its period). */
    note: jsonb(),
  },
  (t) => [index().on(t.statementId, t.seq), index().on(t.refType, t.refId)],
);
