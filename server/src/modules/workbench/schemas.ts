import { z } from 'zod';
import { isPeriodCode } from '../../platform/periods/periods.js';
import { ZDateTime, ZLocalized, ZUnitRef, ZUserRef } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { openStages, ZOpportunityFunnel } from '../opportunities/index.js';
import { targetMetrics } from '../targets/index.js';
import { visits } from '../visits/index.js';

/**
 * OPS-5: the 工作台 of each role and the 销售状况一览表. Amounts are fen as digit strings (they
 * may be negative: a confirmed reversal counts on its own day); every figure carries `link`, the
 * path of the list behind it with its filters, so a click opens the records it sums.
 */

/** A period code on the company calendar (`2026`, `2026-Q1`, `2026-03`, `2026-W05`). */
export const zPeriodCode = z
  .string()
  .trim()
  .refine((v) => isPeriodCode(v) && Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2100, {
    error: vmsg('periodCode'),
  });

export const ZWorkbenchQuery = z.object({
  /** Compute afresh instead of serving the copy of the last minute(s) (workbench.cacheMinutes). */
  fresh: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TWorkbenchQuery = z.output<typeof ZWorkbenchQuery>;

export const ZSalesMetric = z.enum(targetMetrics);

/** PLAN-5 figures of one subject and period (indicators read model) and the drawer listing its records. */
export const ZKpi = z.object({
  actual: z.string(),
  /** The approved target in force; null when none is. */
  target: z.string().nullable(),
  completionPct: z.number().nullable(),
  lastYear: z.string(),
  growthPct: z.number().nullable(),
  link: z.string(),
});
export type TKpi = z.infer<typeof ZKpi>;

export const ZKpiPair = z.object({ month: ZKpi, year: ZKpi });
export type TKpiPair = z.infer<typeof ZKpiPair>;

/** Sales amount per plan.salesBasis, contracts signed, money collected (confirmed), this month and this year. */
export const ZKpiSet = z.object({ sales: ZKpiPair, signed: ZKpiPair, collected: ZKpiPair });
export type TKpiSet = z.infer<typeof ZKpiSet>;

/** AR-9 on this month's plan: the instalments in force due this month and the confirmed money on them. */
export const ZCollectionsPlan = z.object({
  dueFen: z.string(),
  collectedFen: z.string(),
  ratePct: z.number().nullable(),
  link: z.string(),
});
export type TCollectionsPlan = z.infer<typeof ZCollectionsPlan>;

/** AR-5: open instalments past their due date today. */
export const ZOverdue = z.object({
  amountFen: z.string(),
  count: z.number().int(),
  oldestDueDate: z.iso.date().nullable(),
  /** Days the oldest has been overdue. */
  oldestDays: z.number().int().nullable(),
  link: z.string(),
});
export type TOverdue = z.infer<typeof ZOverdue>;

const ZPipelineFigures = z.object({
  count: z.number().int(),
  amountFen: z.string(),
  /** Amount × the stage's win probability in force for the opportunity's unit (CUS-8). */
  weightedFen: z.string(),
  link: z.string(),
});
export const ZPipelineStage = ZPipelineFigures.extend({ stage: z.enum(openStages) });
export const ZPipelineMonth = ZPipelineFigures.extend({
  /** Expected close month `YYYY-MM`; null: no expected date. */
  month: z.string().nullable(),
});
/** CUS-8: the open pipeline, by stage and by expected close month. */
export const ZPipeline = ZPipelineFigures.extend({
  byStage: z.array(ZPipelineStage),
  byMonth: z.array(ZPipelineMonth),
});
export type TPipeline = z.infer<typeof ZPipeline>;
export const ZPipelineTotal = ZPipelineFigures;
export type TPipelineTotal = z.infer<typeof ZPipelineTotal>;

/** What the answer's figures are about and when they were computed. */
const ZHeader = z.object({
  /** When these figures were computed (they may be served for workbench.cacheMinutes). */
  asOf: ZDateTime,
  /** The company's today, this month and this year. */
  today: z.iso.date(),
  month: z.string(),
  year: z.string(),
  /** PLAN-5: the metric "sales amount" counts (plan.salesBasis). */
  salesMetric: ZSalesMetric,
  /** PLAN-6: working days elapsed ÷ working days of the month and the year, in percent. */
  pace: z.object({ month: z.number(), year: z.number() }),
  /** Whether any target in force is shown (else: the empty state, "set targets"). */
  targetsSet: z.boolean(),
});

export const ZVisitToday = z.object({
  id: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  /** VIS-3: a code of the policy list visits.purposes. */
  purpose: z.string(),
  status: z.enum(visits.status.enumValues),
  plannedMinutes: z.number().int(),
  checkInAt: ZDateTime.nullable(),
  link: z.string(),
});

export const ZTodoCounts = z.object({
  total: z.number().int(),
  link: z.string(),
  sections: z.array(z.object({ key: z.string(), label: ZLocalized, count: z.number().int() })),
});

/** OPS-5, a rep: what I am measured by and what I act on today. */
export const ZWorkbenchMe = ZHeader.extend({
  user: ZUserRef,
  kpis: ZKpiSet,
  /** Null when the reader may not read receivables (receivable:read), resp. opportunities, visits. */
  collections: ZCollectionsPlan.nullable(),
  overdue: ZOverdue.nullable(),
  pipeline: ZPipeline.nullable(),
  visitsToday: z.array(ZVisitToday).nullable(),
  visitsLink: z.string(),
  todo: ZTodoCounts,
});
export type TWorkbenchMe = z.infer<typeof ZWorkbenchMe>;

/** One person of a team: their figures with the list behind each. */
export const ZTeamPerson = z.object({
  user: ZUserRef,
  unit: ZUnitRef,
  sales: ZKpiPair,
  /** Money collected (confirmed) this month. */
  collected: ZKpi,
  overdue: ZOverdue.nullable(),
  pipeline: ZPipelineTotal.nullable(),
  /** The person's indicators (all metrics, this month). */
  link: z.string(),
});
export type TTeamPerson = z.infer<typeof ZTeamPerson>;

/** OPS-5, a supervisor or manager: the team in total (the sum of its people) and per person. */
export const ZWorkbenchTeam = ZHeader.extend({
  total: z.object({
    kpis: ZKpiSet,
    collections: ZCollectionsPlan.nullable(),
    overdue: ZOverdue.nullable(),
    pipeline: ZPipeline.nullable(),
  }),
  people: z.array(ZTeamPerson),
});
export type TWorkbenchTeam = z.infer<typeof ZWorkbenchTeam>;

/** One row of the 销售状况一览表: a unit (its subtree) or a person, for the period. */
export const ZSalesStatusRow = z.object({
  /** `unit:<id>` or `user:<id>`; `parentKey` the unit above it in the table (null at the top). */
  key: z.string(),
  parentKey: z.string().nullable(),
  /** Exactly one of unit and user. */
  unit: ZUnitRef.nullable(),
  user: ZUserRef.nullable(),
  sales: ZKpi,
  /** Confirmed money collected in the period. */
  collected: ZKpi,
  /** Today's overdue and open pipeline (the table is kept current). */
  overdue: ZOverdue.nullable(),
  pipeline: ZPipelineTotal.nullable(),
});
export type TSalesStatusRow = z.infer<typeof ZSalesStatusRow>;

export const ZSalesStatus = z.object({
  asOf: ZDateTime,
  today: z.iso.date(),
  period: z.string(),
  salesMetric: ZSalesMetric,
  /** PLAN-6: the share of the period's working days gone, in percent. */
  pacePct: z.number(),
  targetsSet: z.boolean(),
  rows: z.array(ZSalesStatusRow),
});
export type TSalesStatus = z.infer<typeof ZSalesStatus>;

export const ZSalesStatusQuery = z.object({
  /** Default: this month. */
  period: zPeriodCode.optional(),
  fresh: ZWorkbenchQuery.shape.fresh,
});
export type TSalesStatusQuery = z.output<typeof ZSalesStatusQuery>;

/** AR-9: open receivables by days overdue. */
export const ZAgingBuckets = z.object({
  notDueFen: z.string(),
  overdueFen: z.string(),
  totalOpenFen: z.string(),
  buckets: z.array(
    z.object({
      key: z.string(),
      fromDays: z.number().int(),
      toDays: z.number().int().nullable(),
      amountFen: z.string(),
      link: z.string(),
    }),
  ),
  link: z.string(),
});
export type TAgingBuckets = z.infer<typeof ZAgingBuckets>;

/** A top or bottom performer: completion of the sales target. */
export const ZPerformer = z.object({
  user: ZUserRef,
  unit: ZUnitRef,
  actual: z.string(),
  target: z.string(),
  completionPct: z.number(),
  link: z.string(),
});

/** OPS-5, the director and the GM (or a regional manager for the region): the company and its regions. */
export const ZWorkbenchCompany = ZHeader.extend({
  /** The company, or the reader's unit when their scope is their unit (and below). */
  root: ZUnitRef,
  kpis: ZKpiSet,
  collections: ZCollectionsPlan.nullable(),
  overdue: ZOverdue.nullable(),
  pipeline: ZPipeline.nullable(),
  /** Targets vs actual sales by month of this year. */
  byMonth: z.array(
    z.object({
      month: z.string(),
      target: z.string().nullable(),
      actual: z.string(),
      completionPct: z.number().nullable(),
      link: z.string(),
    }),
  ),
  /** The units just below the root (regions for the company). */
  regions: z.array(
    z.object({
      unit: ZUnitRef,
      sales: ZKpiPair,
      overdue: ZOverdue.nullable(),
      pipeline: ZPipelineTotal.nullable(),
    }),
  ),
  /**
   * Collections and overdue by month of this year, by the month instalments fall due: what fell
   * due, the confirmed money on it, what of it is overdue and open today; and the money collected
   * (confirmed) in the month.
   */
  trend: z
    .array(
      z.object({
        month: z.string(),
        dueFen: z.string(),
        collectedOnDueFen: z.string(),
        overdueFen: z.string(),
        collectedFen: z.string(),
        link: z.string(),
      }),
    )
    .nullable(),
  aging: ZAgingBuckets.nullable(),
  funnel: ZOpportunityFunnel.extend({ link: z.string() }).nullable(),
  performers: z.object({
    month: z.object({ top: z.array(ZPerformer), bottom: z.array(ZPerformer) }),
    year: z.object({ top: z.array(ZPerformer), bottom: z.array(ZPerformer) }),
  }),
  /** The 销售状况一览表 of this month. */
  status: ZSalesStatus,
  statusLink: z.string(),
});
export type TWorkbenchCompany = z.infer<typeof ZWorkbenchCompany>;

const ZMoneyCount = z.object({ amountFen: z.string(), count: z.number().int(), link: z.string() });

/** OPS-5, finance: confirmations waiting, money collected today and this month, overdue by bucket. */
export const ZWorkbenchFinance = z.object({
  asOf: ZDateTime,
  today: z.iso.date(),
  month: z.string(),
  /** AR-4: payments recorded and waiting for finance to confirm them. */
  pending: ZMoneyCount.extend({ oldestReceivedOn: z.iso.date().nullable() }),
  collectedToday: ZMoneyCount,
  collectedMonth: ZMoneyCount,
  aging: ZAgingBuckets.nullable(),
});
export type TWorkbenchFinance = z.infer<typeof ZWorkbenchFinance>;
