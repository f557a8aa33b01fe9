import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { visitPurposeCodes } from '../visits/index.js';
import { HOURS_PATTERN, hoursToMinutes, MINUTES_PER_HOUR } from './hours.js';
import { planChangeStatuses, planStatuses } from './tables.js';

/** The most lines one plan (or one proposed change) holds: a dozen visits a working day. */
export const MAX_PLAN_LINES = 300;
const HOURS_PER_DAY = 24;

export const ZPlanStatus = z.enum(planStatuses);
export const ZPlanChangeStatus = z.enum(planChangeStatuses);
/** VIS-3: a visit purpose code (which ones a plan may use is the policy visit.purposes). */
export const ZPurpose = z.enum(visitPurposeCodes);

/** A plan's month, `YYYY-MM`. */
export const ZMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: vmsg('month') });

/** VIS-1: 预定停留时数 as text — hours with at most one decimal ("1.5"), more than 0 and at most a day; minutes once parsed. */
export const zPlannedHours = z
  .string()
  .trim()
  .regex(HOURS_PATTERN, { error: vmsg('plannedHours'), abort: true })
  .transform(hoursToMinutes)
  .refine((m) => m > 0 && m <= HOURS_PER_DAY * MINUTES_PER_HOUR, { error: vmsg('plannedHours') });

/** VIS-1/VIS-3: one line as written: customer, purpose, planned date, planned hours, note. */
export const ZPlanLineInput = z.object({
  /** The line it keeps (when the plan is saved again or changed); absent or null: a new line. */
  id: z.uuid().nullish(),
  customerId: z.uuid(),
  purpose: ZPurpose,
  plannedOn: zDate,
  plannedHours: zPlannedHours,
  note: zOptionalText(500),
});
export type TPlanLineInput = z.output<typeof ZPlanLineInput>;

export const ZPlanCreate = z.object({ month: ZMonth });
/** Saving a draft replaces its lines with these. */
export const ZPlanLinesSave = z.object({ lines: z.array(ZPlanLineInput).max(MAX_PLAN_LINES) });
/** VIS-2: a change of an approved plan — the full new set of lines, and why. */
export const ZPlanChangeCreate = z.object({
  reason: zText(500),
  lines: z.array(ZPlanLineInput).min(1).max(MAX_PLAN_LINES),
});

const ZCustomerRef = z.object({ id: z.uuid(), name: z.string() });

export const ZPlanLine = z.object({
  id: z.uuid(),
  customer: ZCustomerRef,
  purpose: ZPurpose,
  plannedOn: z.string(),
  /** 预定停留时数 in minutes (hours × 60). */
  plannedMinutes: z.number().int(),
  note: z.string().nullable(),
});
export type TPlanLine = z.infer<typeof ZPlanLine>;

/** A proposed line: `id` names the line it changes or keeps; null for a new line. */
export const ZProposedLine = ZPlanLine.extend({ id: z.uuid().nullable() });

export const ZPlanChange = z.object({
  id: z.uuid(),
  reason: z.string(),
  status: ZPlanChangeStatus,
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
  lines: z.array(ZProposedLine),
});
export type TPlanChange = z.infer<typeof ZPlanChange>;

/** VIS-1/VIS-2: a plan as lists show it. */
export const ZVisitPlanSummary = z.object({
  id: z.uuid(),
  month: z.string(),
  rep: ZUserRef,
  unit: ZUnitRef,
  status: ZPlanStatus,
  lineCount: z.number().int(),
  plannedMinutes: z.number().int(),
  customerCount: z.number().int(),
  /** VIS-1: when the plan is (or was) due. */
  dueAt: ZDateTime,
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  updatedAt: ZDateTime,
});
export type TVisitPlanSummary = z.infer<typeof ZVisitPlanSummary>;
export const ZVisitPlanPage = zPage(ZVisitPlanSummary);

/** A plan with its lines and changes, and what the reader may do with it now. */
export const ZVisitPlan = ZVisitPlanSummary.extend({
  lines: z.array(ZPlanLine),
  /** Changes proposed to the approved plan, newest first. */
  changes: z.array(ZPlanChange),
  /** The rep may edit the lines (a draft, or rejected and to go again). */
  canEdit: z.boolean(),
  /** The rep may submit it now. */
  canSubmit: z.boolean(),
  /** The rep may propose a change (approved, its month not over, no change pending). */
  canProposeChange: z.boolean(),
  /** VIS-3: the purposes lines may name now (policy visit.purposes for the plan's unit). */
  purposes: z.array(ZPurpose),
});
export type TVisitPlan = z.infer<typeof ZVisitPlan>;

export const ZVisitPlanQuery = ZPaging.extend({
  month: ZMonth.optional(),
  repId: z.uuid().optional(),
  status: ZPlanStatus.optional(),
  sort: z.enum(['month', 'rep', 'status', 'submittedAt', 'updatedAt']).default('month'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TVisitPlanQuery = z.output<typeof ZVisitPlanQuery>;

/** My plan: for the month asked (default next month on the company calendar). */
export const ZMyPlanQuery = z.object({ month: ZMonth.optional() });
export const ZMyPlan = z.object({
  month: z.string(),
  /** VIS-1: when the plan for this month is due. */
  dueAt: ZDateTime,
  plan: ZVisitPlan.nullable(),
  /** No plan yet and the month is not over: one may be started. */
  canCreate: z.boolean(),
});

/** VIS-2: the team's plans for a month, side by side, including reps with none yet. */
export const ZTeamPlanQuery = ZPaging.extend({ month: ZMonth.optional() });
const ZTeamLine = z.object({
  id: z.uuid(),
  customer: ZCustomerRef,
  purpose: ZPurpose,
  plannedMinutes: z.number().int(),
});
export const ZTeamPlanRow = z.object({
  rep: ZUserRef,
  unit: ZUnitRef,
  plan: z
    .object({
      id: z.uuid(),
      status: ZPlanStatus,
      lineCount: z.number().int(),
      plannedMinutes: z.number().int(),
      customerCount: z.number().int(),
      submittedAt: ZDateTime.nullable(),
    })
    .nullable(),
  /** The rep's lines grouped by planned date, in date order. */
  days: z.array(z.object({ date: z.string(), lines: z.array(ZTeamLine) })),
});
export type TTeamPlanRow = z.infer<typeof ZTeamPlanRow>;
export const ZTeamPlans = zPage(ZTeamPlanRow).extend({ month: z.string(), dueAt: ZDateTime });
