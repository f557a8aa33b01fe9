import { z } from 'zod';
import { ZDateTime, ZPaging, ZUserRef, zPage, zText } from '../../../platform/schemas.js';
import { vmsg } from '../../../platform/validation-messages.js';
import { planDocStatuses, targetMetrics } from '../tables.js';

/** The most targets one plan holds: every metric for the year and its twelve months, with room. */
export const MAX_PLAN_TARGETS = 100;
/** A section of the plan's text (goal, strategy …). */
const SECTION_MAX = 4000;

export const ZSalesPlanStatus = z.enum(planDocStatuses);
export const ZMetric = z.enum(targetMetrics);
/** A plan's year. */
export const ZPlanYear = z.coerce.number().int().min(2000).max(2100);

const zSection = () => z.string().trim().max(SECTION_MAX).default('');

/** A target's value: fen for the amount metrics, a count otherwise — a string of digits either way. */
export const zTargetValue = z
  .string()
  .trim()
  .regex(/^\d{1,15}$/, { error: vmsg('amountFen') });

/** PLAN-1: one numeric company target — a metric for the year (`2026`) or one of its months (`2026-03`). */
export const ZSalesPlanTargetInput = z.object({
  metric: ZMetric,
  period: z.string().trim().max(10),
  value: zTargetValue,
});
export type TSalesPlanTargetInput = z.output<typeof ZSalesPlanTargetInput>;

/** PLAN-1: the plan's sections (goal, strategy, product mix, market layout) and its company targets. */
export const ZSalesPlanContent = z.object({
  goal: zSection(),
  strategy: zSection(),
  productMix: zSection(),
  regions: zSection(),
  channels: zSection(),
  partners: zSection(),
  targets: z.array(ZSalesPlanTargetInput).max(MAX_PLAN_TARGETS).default([]),
});
export type TSalesPlanContent = z.output<typeof ZSalesPlanContent>;

export const ZSalesPlanCreate = ZSalesPlanContent.extend({ year: ZPlanYear });
export type TSalesPlanCreate = z.output<typeof ZSalesPlanCreate>;

/** PLAN-1: a change after approval is a new version; why it differs is required. */
export const ZSalesPlanRevise = z.object({ changeReason: zText(500) });

export const ZSalesPlanTarget = z.object({ metric: ZMetric, period: z.string(), value: z.string() });

/** A version as the version list shows it. */
export const ZSalesPlanSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  version: z.number().int(),
  status: ZSalesPlanStatus,
  changeReason: z.string().nullable(),
  createdBy: ZUserRef.nullable(),
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  updatedAt: ZDateTime,
});
export type TSalesPlanSummary = z.infer<typeof ZSalesPlanSummary>;
export const ZSalesPlanPage = zPage(ZSalesPlanSummary);

/** PLAN-1: one version of the year's plan, with what the reader may do with it now. */
export const ZSalesPlan = ZSalesPlanSummary.extend({
  goal: z.string(),
  strategy: z.string(),
  productMix: z.string(),
  regions: z.string(),
  channels: z.string(),
  partners: z.string(),
  targets: z.array(ZSalesPlanTarget),
  /** The metrics targets are set for now (policy plan.metrics). */
  metrics: z.array(ZMetric),
  /** Every version of the year, newest first. */
  versions: z.array(ZSalesPlanSummary),
  /** The writer may edit it (a draft, or rejected). */
  canEdit: z.boolean(),
  /** The writer may submit it now (its drafter, every metric has a year target). */
  canSubmit: z.boolean(),
  /** A writer may start a new version (it is the approved plan in force, no newer version open). */
  canRevise: z.boolean(),
});
export type TSalesPlan = z.infer<typeof ZSalesPlan>;

export const ZSalesPlanQuery = ZPaging.extend({
  year: ZPlanYear.optional(),
  status: ZSalesPlanStatus.optional(),
  sort: z.enum(['year', 'updatedAt']).default('year'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TSalesPlanQuery = z.output<typeof ZSalesPlanQuery>;

export const ZSalesPlanYearQuery = z.object({ year: ZPlanYear.optional() });
/** The year's plan: its latest version the reader may see, the version in force, whether one may be started. */
export const ZSalesPlanOfYear = z.object({
  year: z.number().int(),
  plan: ZSalesPlan.nullable(),
  inForceId: z.uuid().nullable(),
  /** The metrics targets are set for now (policy plan.metrics), for a plan still to be drafted. */
  metrics: z.array(ZMetric),
  canCreate: z.boolean(),
});
