import { z } from 'zod';
import { ZDateTime, ZUnitRef, ZUserRef } from '../../../platform/schemas.js';
import { vmsg } from '../../../platform/validation-messages.js';
import { visitStatuses } from '../tables.js';

/** A company month, YYYY-MM (years 1000–9999). */
export const zMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: vmsg('month') });

export const ZVisitComplianceQuery = z.object({
  /** The month (company time zone); this month when absent. */
  month: zMonth.optional(),
});
export type TVisitComplianceQuery = z.infer<typeof ZVisitComplianceQuery>;

/** VIS-5: the visit reports of the month's done visits, by when they were submitted. */
export const ZReportFigures = z.object({
  /** Submitted by the due time. */
  onTime: z.number().int(),
  /** Submitted after the due time. */
  late: z.number().int(),
  /** Not submitted, and the due time has passed. */
  missing: z.number().int(),
  /** Not submitted, not yet due. */
  notDue: z.number().int(),
});

/** VIS-6: commitments due in the month (owner = the person), by how they were closed. */
export const ZCommitmentFigures = z.object({
  /** Every commitment due in the month, cancelled ones left out. */
  due: z.number().int(),
  /** Confirmed, and done by the deadline. */
  onTime: z.number().int(),
  /** Confirmed, done after the deadline. */
  late: z.number().int(),
  /** Not confirmed, and the deadline has passed. */
  openOverdue: z.number().int(),
  /** Not confirmed, deadline still ahead. */
  open: z.number().int(),
});

/** The compliance figures of one person or of the team (VIS-2, VIS-7). */
export const ZComplianceFigures = z.object({
  /** Visits of approved plan lines planned in the month (see visit-compliance.ts). */
  planned: z.number().int(),
  /** Of those, the ones done. */
  plannedDone: z.number().int(),
  /** plannedDone ÷ planned in percent, one decimal; null without planned visits. */
  completionPct: z.number().nullable(),
  /** Visits checked out in the month, and of those the ones outside the plan (ad hoc). */
  done: z.number().int(),
  doneAdHoc: z.number().int(),
  /** VIS-1: planned hours (预定停留时数) of the planned visits, in minutes. */
  plannedMinutes: z.number().int(),
  /** Time spent at customers (check-out − check-in) of the done visits, in minutes. */
  spentMinutes: z.number().int(),
  reports: ZReportFigures,
  commitments: ZCommitmentFigures,
});
export type TComplianceFigures = z.infer<typeof ZComplianceFigures>;

export const ZVisitComplianceRow = ZComplianceFigures.extend({
  rep: ZUserRef,
  unit: ZUnitRef,
});
export type TVisitComplianceRow = z.infer<typeof ZVisitComplianceRow>;

export const ZVisitCompliance = z.object({
  month: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  /** The company's today: figures that depend on it (missing, overdue) are as of this day. */
  today: z.string(),
  items: z.array(ZVisitComplianceRow),
  /** The sums of the rows. */
  totals: ZComplianceFigures,
});
export type TVisitCompliance = z.infer<typeof ZVisitCompliance>;

export const reportStates = ['on_time', 'late', 'missing', 'not_due', 'not_done'] as const;

/** One visit of the rep's month, with how it counts. */
export const ZComplianceVisit = z.object({
  id: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  purpose: z.string(),
  status: z.enum(visitStatuses),
  plannedOn: z.string(),
  plannedMinutes: z.number().int(),
  /** From an approved plan line (planned) or ad hoc. */
  fromPlan: z.boolean(),
  /** Counted among the month's planned visits. */
  countsAsPlanned: z.boolean(),
  checkInAt: ZDateTime.nullable(),
  checkOutAt: ZDateTime.nullable(),
  spentMinutes: z.number().int().nullable(),
  reportState: z.enum(reportStates),
  reportDueAt: ZDateTime.nullable(),
  reportSubmittedAt: ZDateTime.nullable(),
});
export type TComplianceVisit = z.infer<typeof ZComplianceVisit>;

export const ZRepCompliance = z.object({
  month: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  today: z.string(),
  row: ZVisitComplianceRow,
  visits: z.array(ZComplianceVisit),
});
export type TRepCompliance = z.infer<typeof ZRepCompliance>;
