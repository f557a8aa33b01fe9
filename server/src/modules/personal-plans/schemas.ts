import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zFenInput,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { targetMetrics } from '../targets/index.js';
import { personalPlanKinds, personalPlanStatuses } from './tables.js';

/** The most items one plan holds. */
export const MAX_PLAN_ITEMS = 100;

export const ZPlanKind = z.enum(personalPlanKinds);
export const ZPersonalPlanStatus = z.enum(personalPlanStatuses);
export const ZItemKind = z.enum(['customer', 'opportunity', 'action']);
export const ZMetric = z.enum(targetMetrics);

/** A plan's period: the year `2026` (年度销售计划表) or a month `2026-03` (月销售计划表). */
export const ZPlanPeriod = z
  .string()
  .trim()
  .regex(/^(20\d\d|2100)(-(0[1-9]|1[0-2]))?$/, { error: vmsg('planPeriod') });

/** PLAN-4: one line of how the targets will be reached — a key customer, an opportunity or an action. */
export const ZPlanItemInput = z.object({
  kind: ZItemKind,
  /** The customer or opportunity; none for an action. */
  refId: z.uuid().nullish(),
  note: zOptionalText(500),
  /** What it is expected to bring, in fen. */
  expectedFen: zFenInput,
});
export type TPlanItemInput = z.output<typeof ZPlanItemInput>;

export const ZPersonalPlanCreate = z.object({ period: ZPlanPeriod });
/** Saving a draft replaces its approach and items. */
export const ZPersonalPlanSave = z.object({
  approach: z.string().trim().max(4000).default(''),
  items: z.array(ZPlanItemInput).max(MAX_PLAN_ITEMS).default([]),
});
export type TPersonalPlanSave = z.output<typeof ZPersonalPlanSave>;
/** PLAN-4/PLAN-6: a change after approval is a new version; why is required. */
export const ZPersonalPlanRevise = z.object({ changeReason: zText(500) });

const ZItemRef = z.object({
  id: z.uuid(),
  name: z.string(),
  /** An opportunity's customer. */
  customerName: z.string().nullable(),
  /** An opportunity's stage and amount. */
  stage: z.enum(['lead', 'needs', 'solution', 'negotiation', 'won', 'lost']).nullable(),
  amountFen: z.string().nullable(),
});

export const ZPlanItem = z.object({
  id: z.uuid(),
  kind: ZItemKind,
  ref: ZItemRef.nullable(),
  note: z.string().nullable(),
  expectedFen: z.string().nullable(),
});
export type TPlanItem = z.infer<typeof ZPlanItem>;

/** PLAN-4: the rep's targets for the plan's period, in force (approved), per metric of plan.metrics; null: none set. */
export const ZPlanTarget = z.object({ metric: ZMetric, value: z.string().nullable() });

/** PLAN-4 → VIS-1: the visits planned for a monthly plan's month, from the rep's visit plan (拜访计划表). */
export const ZPlannedVisits = z.object({
  month: z.string(),
  planId: z.uuid().nullable(),
  status: z.enum(['draft', 'submitted', 'approved', 'rejected']).nullable(),
  lineCount: z.number().int(),
  plannedMinutes: z.number().int(),
  link: z.string(),
});

export const ZPlanVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: ZPersonalPlanStatus,
  changeReason: z.string().nullable(),
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
});

/** PLAN-4: a plan as lists show it. */
export const ZPersonalPlanSummary = z.object({
  id: z.uuid(),
  kind: ZPlanKind,
  period: z.string(),
  version: z.number().int(),
  status: ZPersonalPlanStatus,
  rep: ZUserRef,
  unit: ZUnitRef,
  itemCount: z.number().int(),
  expectedTotalFen: z.string(),
  /** When the plan is (or was) due. */
  dueAt: ZDateTime,
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  updatedAt: ZDateTime,
});
export type TPersonalPlanSummary = z.infer<typeof ZPersonalPlanSummary>;
export const ZPersonalPlanPage = zPage(ZPersonalPlanSummary);

/** PLAN-4: one version of a plan — targets, approach, items, visits planned — and what the reader may do now. */
export const ZPersonalPlan = ZPersonalPlanSummary.extend({
  approach: z.string(),
  changeReason: z.string().nullable(),
  coachingId: z.uuid().nullable(),
  targets: z.array(ZPlanTarget),
  items: z.array(ZPlanItem),
  visits: ZPlannedVisits.nullable(),
  versions: z.array(ZPlanVersion),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canRevise: z.boolean(),
});
export type TPersonalPlan = z.infer<typeof ZPersonalPlan>;

export const ZPersonalPlanQuery = ZPaging.extend({
  kind: ZPlanKind.optional(),
  period: ZPlanPeriod.optional(),
  repId: z.uuid().optional(),
  status: ZPersonalPlanStatus.optional(),
  sort: z.enum(['period', 'rep', 'status', 'submittedAt', 'updatedAt']).default('period'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TPersonalPlanQuery = z.output<typeof ZPersonalPlanQuery>;

/** My plan for a period (default next month on the company calendar). */
export const ZMyPlanQuery = z.object({ period: ZPlanPeriod.optional() });
export const ZMyPersonalPlan = z.object({
  period: z.string(),
  kind: ZPlanKind,
  dueAt: ZDateTime,
  /** My targets for the period, shown before a plan is started too. */
  targets: z.array(ZPlanTarget),
  /** The latest version of my plan for the period. */
  plan: ZPersonalPlan.nullable(),
  canCreate: z.boolean(),
});

/** PLAN-4: what a rep may put in a plan — their own customers, their open opportunities. */
export const ZPlanChoicesQuery = z.object({
  kind: z.enum(['customer', 'opportunity']),
  q: z.string().trim().max(100).optional(),
});
export const ZPlanChoices = z.object({ items: z.array(ZItemRef) });

/** PLAN-4: the team's plans for a period — everyone who must plan, missing ones flagged. */
export const ZTeamPlanQuery = ZPaging.extend({ period: ZPlanPeriod.optional() });
export const ZTeamPlanRow = z.object({
  rep: ZUserRef,
  unit: ZUnitRef,
  /** The latest version, if any. */
  plan: z
    .object({
      id: z.uuid(),
      version: z.number().int(),
      status: ZPersonalPlanStatus,
      itemCount: z.number().int(),
      expectedTotalFen: z.string(),
      submittedAt: ZDateTime.nullable(),
      approvedAt: ZDateTime.nullable(),
    })
    .nullable(),
  dueAt: ZDateTime,
  /** No version submitted or approved. */
  missing: z.boolean(),
  /** Missing past its due moment. */
  overdue: z.boolean(),
  /** First submitted after its due moment. */
  late: z.boolean(),
});
export type TTeamPlanRow = z.infer<typeof ZTeamPlanRow>;
export const ZTeamPlans = zPage(ZTeamPlanRow).extend({ period: z.string(), kind: ZPlanKind });
