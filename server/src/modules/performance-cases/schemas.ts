import { z } from 'zod';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zDate, zPage, zText } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { ZMetric } from '../indicators/index.js';
import { type performanceCaseActions, performanceCases } from './tables.js';

const TEXT_MAX = 4000;
const MAX_ACTIONS = 30;

export const ZCaseLevel = z.enum(performanceCases.level.enumValues);
export const ZCaseStatus = z.enum(performanceCases.status.enumValues);
export const ZCaseDecision = z.enum(performanceCases.decision.enumValues);
export const ZDecisionStatus = z.enum(performanceCases.decisionStatus.enumValues);
export const ZCaseOutcome = z.enum(performanceCases.outcome.enumValues);
/** A month code `2026-03`. */
export const ZMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: vmsg('period') });

/** One month of the run below target, as it stood at the close. */
export const ZCaseMonth = z.object({
  period: z.string(),
  /** Fen for amounts, a count otherwise, as digit strings. */
  target: z.string(),
  actual: z.string(),
  completionPct: z.number().nullable(),
});
/** INC-8: the figures at the close, kept as they were. */
export const ZCaseSnapshot = z.object({
  salesMetric: ZMetric,
  /** cases.belowPct and cases.escalateMonths in force for the person's unit. */
  belowPct: z.number(),
  escalateMonths: z.number().int(),
  /** The months below target in a row, oldest first; the last is the month closed. */
  months: z.array(ZCaseMonth),
});
export type TCaseSnapshot = z.infer<typeof ZCaseSnapshot>;

export const ZInterview = z.object({ heldOn: zDate, notes: zText(TEXT_MAX) });
export type TInterview = z.output<typeof ZInterview>;

export const ZCaseActionInput = z.object({
  action: zText(500),
  ownerId: z.uuid(),
  startOn: zDate,
  dueOn: zDate,
});
/** INC-8: the improvement plan's actions; `agreed` moves the case on, else the rows are kept as a draft. */
export const ZPlanSave = z.object({
  actions: z.array(ZCaseActionInput).min(1).max(MAX_ACTIONS),
  agreed: z.boolean().default(false),
});
export type TPlanSave = z.output<typeof ZPlanSave>;

export const ZDecisionProposal = z.object({ decision: ZCaseDecision, reasons: zText(TEXT_MAX) });
export type TDecisionProposal = z.output<typeof ZDecisionProposal>;

export const ZOutcomeInput = z.object({ outcome: ZCaseOutcome, notes: zText(TEXT_MAX) });
export type TOutcomeInput = z.output<typeof ZOutcomeInput>;

export const ZCaseAction = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  action: z.string(),
  owner: ZUserRef,
  startOn: z.string(),
  dueOn: z.string(),
});

export const ZCaseHistory = z.object({
  action: z.string(),
  at: ZDateTime,
  actor: z.string().nullable(),
});

/** The steps' own words and who did them. */
export const ZCase = z.object({
  id: z.uuid(),
  person: ZUserRef,
  unit: ZUnitRef,
  superior: ZUserRef.nullable(),
  month: z.string(),
  level: ZCaseLevel,
  status: ZCaseStatus,
  consecutiveMonths: z.number().int(),
  previousCaseId: z.uuid().nullable(),
  snapshot: ZCaseSnapshot,
  interview: z
    .object({ heldOn: z.string(), notes: z.string(), by: ZUserRef.nullable(), at: ZDateTime.nullable() })
    .nullable(),
  actions: z.array(ZCaseAction),
  planAgreedAt: ZDateTime.nullable(),
  decision: z
    .object({
      decision: ZCaseDecision,
      reasons: z.string(),
      status: ZDecisionStatus,
      by: ZUserRef.nullable(),
      at: ZDateTime.nullable(),
      approvedAt: ZDateTime.nullable(),
    })
    .nullable(),
  outcome: z.object({ outcome: ZCaseOutcome, notes: z.string(), closedAt: ZDateTime.nullable() }).nullable(),
  /** The person's coaching records (PLAN-6) in the months of the run. */
  coaching: z.array(z.object({ id: z.uuid(), period: z.string(), createdAt: ZDateTime })),
  history: z.array(ZCaseHistory),
  createdAt: ZDateTime,
  decisionStatus: ZDecisionStatus.nullable(),
  /** When the interview is (or was) due: its due item. */
  interviewDueAt: ZDateTime.nullable(),
  /** What the reader may do now (the server decides). */
  can: z.object({ interview: z.boolean(), plan: z.boolean(), decide: z.boolean(), outcome: z.boolean() }),
});
export type TCase = z.infer<typeof ZCase>;

/** A list row: the case without its steps' texts. */
export const ZCaseRow = ZCase.pick({
  id: true,
  person: true,
  unit: true,
  superior: true,
  month: true,
  level: true,
  status: true,
  consecutiveMonths: true,
  snapshot: true,
  createdAt: true,
  decisionStatus: true,
  interviewDueAt: true,
});
export type TCaseRow = z.infer<typeof ZCaseRow>;
export const ZCasePage = zPage(ZCaseRow);

export const ZCaseQuery = ZPaging.extend({
  month: ZMonth.optional(),
  level: ZCaseLevel.optional(),
  status: ZCaseStatus.optional(),
  personId: z.uuid().optional(),
  sort: z.enum(['month', 'createdAt', 'person']).default('month'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TCaseQuery = z.output<typeof ZCaseQuery>;

export const ZCaseExportQuery = ZCaseQuery.omit({ page: true, pageSize: true });
export type TCaseExportQuery = z.output<typeof ZCaseExportQuery>;

/** The month close run by hand (the job runs it on working days). */
export const ZCloseResult = z.object({
  month: z.string(),
  below: z.number().int(),
  opened: z.number().int(),
});

export type TCaseActionRow = typeof performanceCaseActions.$inferSelect;
