import { z } from 'zod';
import { periodOrNull } from '../../platform/periods/periods.js';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zPage } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';

export const reportKinds = ['monthly', 'weekly'] as const;
export const ZReportKind = z.enum(reportKinds);
export type TReportKind = z.infer<typeof ZReportKind>;

/** The longest analysis note (主管的分析报告) a report keeps. */
export const MAX_ANALYSIS = 5000;

const isKind = (code: string, kinds: string[]) => {
  const p = periodOrNull(code);
  return p !== null && kinds.includes(p.kind);
};

/** An ISO week, `2026-W12`, that exists. */
export const ZWeekCode = z
  .string()
  .trim()
  .refine((v) => isKind(v, ['week']), { error: vmsg('reportWeek') });
/** A report's period: a month `2026-03` or an ISO week `2026-W12`. */
export const ZReportPeriod = z
  .string()
  .trim()
  .refine((v) => isKind(v, ['month', 'week']), { error: vmsg('reportPeriod') });

/** A figure over the report's period, the period before (环比) and the same period a year earlier (同比). */
export const ZFigure = z.object({
  current: z.string(),
  previous: z.string(),
  lastYear: z.string(),
  /** (current − previous) ÷ previous in percent, one decimal; null when previous is 0. */
  momPct: z.number().nullable(),
  /** (current − last year) ÷ last year in percent, one decimal; null when last year is 0. */
  yoyPct: z.number().nullable(),
});
export type TFigure = z.infer<typeof ZFigure>;

/** A figure of the indicators read model (PLAN-5), with the target in force for the period. */
export const ZIndicatorFigure = ZFigure.extend({
  target: z.string().nullable(),
  completionPct: z.number().nullable(),
});
export type TIndicatorFigure = z.infer<typeof ZIndicatorFigure>;

/**
 * OPS-4: what a report counts for one unit or person — sales volume and amounts (signed and
 * collected, fen) and new customers from the indicators read model; visits made; first contacts
 * in the register (all channels) and the inquiry calls among them.
 */
export const ZFigures = z.object({
  volume: ZIndicatorFigure,
  signedAmount: ZIndicatorFigure,
  collectedAmount: ZIndicatorFigure,
  newCustomers: ZIndicatorFigure,
  visits: ZFigure,
  inquiries: ZFigure,
  inquiryCalls: ZFigure,
});
export type TFigures = z.infer<typeof ZFigures>;
export type TMeasure = keyof TFigures;

/** One row of a report: the unit itself, a child unit, or a person (with their unit). */
export const ZReportRow = z.object({
  id: z.uuid(),
  name: z.string(),
  /** For a person: the unit they belong to. */
  unitName: z.string().nullable(),
  figures: ZFigures,
});
export type TReportRow = z.infer<typeof ZReportRow>;

const ZRange = z.object({ code: z.string(), from: z.string(), to: z.string() });

/** The figures of a report as generated (stored in `data`, amounts and counts as text). */
export const ZReportFigures = z.object({
  periods: z.object({ current: ZRange, previous: ZRange, lastYear: ZRange }),
  /** PLAN-5: which amount is 销售额 (policy plan.salesBasis when generated). */
  salesBasis: z.enum(['signed', 'collected']),
  total: ZReportRow,
  units: z.array(ZReportRow),
  people: z.array(ZReportRow),
});
export type TReportFigures = z.infer<typeof ZReportFigures>;

/** The supervisor's or manager's analysis (主管作完分析报告), as written. */
export const ZAnalysis = z.object({ text: z.string(), by: ZUserRef, at: ZDateTime });
export type TAnalysis = z.infer<typeof ZAnalysis>;

export const ZStatReportSummary = z.object({
  id: z.uuid(),
  kind: ZReportKind,
  period: z.string(),
  from: z.string(),
  to: z.string(),
  unit: ZUnitRef,
  generatedAt: ZDateTime,
  /** Who asked for it; null when the monthly job made it. */
  requestedBy: ZUserRef.nullable(),
  analysedAt: ZDateTime.nullable(),
});
export type TStatReportSummary = z.infer<typeof ZStatReportSummary>;
export const ZStatReportPage = zPage(ZStatReportSummary);

export const ZStatReport = ZStatReportSummary.extend({
  figures: ZReportFigures,
  analysis: ZAnalysis.nullable(),
  /** The reader may write the analysis (stat_report:generate over the report's unit). */
  canAnalyse: z.boolean(),
});
export type TStatReport = z.infer<typeof ZStatReport>;

export const ZStatReportQuery = ZPaging.extend({
  kind: ZReportKind.optional(),
  period: ZReportPeriod.optional(),
  unitId: z.uuid().optional(),
  sort: z.enum(['generatedAt', 'period', 'unit']).default('generatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TStatReportQuery = z.output<typeof ZStatReportQuery>;

/** OPS-4 (情况特殊时每周可做一次): a weekly report of a unit, on request. */
export const ZWeeklyRequest = z.object({
  kind: z.literal('weekly'),
  period: ZWeekCode,
  unitId: z.uuid(),
});
export type TWeeklyRequest = z.output<typeof ZWeeklyRequest>;

/** The analysis note; blank clears it. */
export const ZAnalysisWrite = z.object({ analysis: z.string().trim().max(MAX_ANALYSIS) });
