import { z } from 'zod';
import { periodOrNull } from '../../platform/periods/periods.js';
import { ZPaging, ZUnitRef, zPage } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { targetMetrics } from '../targets/index.js';
import { standings } from './standing.js';
import { indicatorLevels } from './subjects.js';

const MAX_SUBJECTS = 100;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SUBJECT = new RegExp(`^(user|unit):${UUID}$`);

/** A period code (`2026`, `2026-Q1`, `2026-03`, `2026-W05`) of the years 2000–2100. */
export const ZPeriod = z.string().refine(
  (v) => {
    const p = periodOrNull(v);
    return p !== null && p.from >= '2000-01-01' && p.to <= '2100-12-31';
  },
  { error: vmsg('period') },
);

/** One person or unit: `user:<id>` or `unit:<id>`. */
export const ZSubjectText = z.string().regex(SUBJECT, { error: vmsg('subject') });

export const ZLevel = z.enum(indicatorLevels);
export const ZSubjectType = z.enum(['user', 'unit']);
/** The metrics a figure is explained by: the four summed from records, and the collection rate. */
export const ZRecordMetric = z.enum([...targetMetrics, 'collection_rate']);
export const ZMetric = z.enum(targetMetrics);

/** A person or unit as an indicator row names it. */
export const ZNamedSubject = z.object({
  type: ZSubjectType,
  id: z.uuid(),
  name: z.string(),
  /** A person's unit; a unit's parent (null for the company). */
  unit: ZUnitRef.nullable(),
});

/** PLAN-5: one metric of a subject and period. Amounts are fen, other metrics counts, as digit strings. */
export const ZFigure = z.object({
  actual: z.string(),
  /** The target in force (approved); null when none. */
  target: z.string().nullable(),
  completionPct: z.number().nullable(),
  /** The same period a year before, and the growth over it. */
  lastYear: z.string(),
  growthPct: z.number().nullable(),
});

export const ZIndicatorItem = z.object({
  subject: ZNamedSubject,
  /** The sales amount (销售额) per the policy plan.salesBasis: metrics[salesMetric]. */
  sales: ZFigure,
  metrics: z.object({
    signed_amount: ZFigure,
    collected_amount: ZFigure,
    volume: ZFigure,
    new_customers: ZFigure,
  }),
  /** AR-9: instalments falling due in the period and what was collected on them by its end. */
  collection: z.object({ dueFen: z.string(), collectedFen: z.string(), ratePct: z.number().nullable() }),
  /** The service module's figure; `provided: false` while no module measures it. */
  satisfaction: z.object({ pct: z.number().nullable(), responses: z.number().int(), provided: z.boolean() }),
  /** EXP-1: the expenses module's figure (approved or paid claims) and its ratio to the sales amount. */
  expense: z.object({ expenseFen: z.string(), ratioPct: z.number().nullable(), provided: z.boolean() }),
  /** Regions and the company: sales ÷ the period's part of the year's entered market size. */
  marketShare: z.object({ pct: z.number().nullable(), marketSizeFen: z.string().nullable() }),
});
export type TIndicatorItem = z.infer<typeof ZIndicatorItem>;

/** PLAN-5: a level's subjects (me, my people, units in scope) or the subjects named. */
export const ZIndicatorQuery = ZPaging.extend({
  /** Default: this month on the company calendar. */
  period: ZPeriod.optional(),
  /** Default: the widest level the reader has. Ignored when `subjects` is given. */
  level: ZLevel.optional(),
  /** Comma-separated `user:<id>` / `unit:<id>`, each in the reader's scope (else 404). */
  subjects: z
    .string()
    .max(MAX_SUBJECTS * 42)
    .refine((v) => v.split(',').length <= MAX_SUBJECTS && v.split(',').every((s) => SUBJECT.test(s)), {
      error: vmsg('subject'),
    })
    .optional(),
});
export type TIndicatorQuery = z.output<typeof ZIndicatorQuery>;

export const ZIndicatorPage = zPage(ZIndicatorItem).extend({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  /** The level listed; null when subjects were named. */
  level: ZLevel.nullable(),
  /** The levels the reader may choose. */
  levels: z.array(ZLevel),
  salesMetric: ZMetric,
});
export type TIndicatorPage = z.infer<typeof ZIndicatorPage>;

/** PLAN-5: the records one figure sums. */
export const ZRecordsQuery = ZPaging.extend({
  subject: ZSubjectText,
  period: ZPeriod,
  metric: ZRecordMetric,
});
export type TRecordsQuery = z.output<typeof ZRecordsQuery>;

export const recordKinds = [
  'contract',
  'supplement',
  'payment',
  'reversal',
  'order_line',
  'customer',
  'instalment',
] as const;

export const ZIndicatorRecord = z.object({
  id: z.uuid(),
  recordKind: z.enum(recordKinds),
  /** The signing, receiving, due or joining date. */
  date: z.string(),
  /** The contract, payment or order number. */
  number: z.string().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Order lines: the product. */
  product: z.string().nullable(),
  /** What it adds to the figure: fen, a quantity, or 1 customer; an instalment its amount. */
  value: z.string(),
  /** Instalments: the confirmed payments allocated to it by the period's end. */
  collectedFen: z.string().nullable(),
  /** Where it opens in the web app. */
  link: z.string().nullable(),
});
export type TIndicatorRecord = z.infer<typeof ZIndicatorRecord>;

export const ZRecordsPage = zPage(ZIndicatorRecord).extend({
  subject: ZNamedSubject,
  period: z.string(),
  metric: ZRecordMetric,
  /** The figure: the sum of `value` over every record (all pages). */
  sum: z.string(),
  /** The collection rate: the sum of `collectedFen` over every record; null for the other metrics. */
  collectedSum: z.string().nullable(),
});
export type TRecordsPage = z.infer<typeof ZRecordsPage>;

export const ZStanding = z.enum(standings);

/** PLAN-6: the completion board of a period, optionally only those ahead, on track or behind. */
export const ZBoardQuery = ZPaging.extend({
  /** Default: this month on the company calendar. */
  period: ZPeriod.optional(),
  standing: ZStanding.optional(),
});
export type TBoardQuery = z.output<typeof ZBoardQuery>;

export const ZBoardItem = z.object({
  subject: ZNamedSubject,
  /** The sales amount's target in force, what was reached, and the completion. */
  target: z.string().nullable(),
  actual: z.string(),
  completionPct: z.number().nullable(),
  /** Completion − the time-elapsed pace, in points (one decimal); null without a target. */
  gapPts: z.number().nullable(),
  standing: ZStanding,
  /** The completion of the three periods before, oldest first. */
  trend: z.array(z.object({ period: z.string(), completionPct: z.number().nullable() })),
  /** The reader may record a coaching of this person (coaching:write over them; not themself). */
  canCoach: z.boolean(),
});
export type TBoardItem = z.infer<typeof ZBoardItem>;

export const ZBoard = zPage(ZBoardItem).extend({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  /** The company's today the pace is counted to. */
  today: z.string(),
  pace: z.object({ elapsed: z.number().int(), total: z.number().int(), pct: z.number() }),
  aheadPct: z.number(),
  behindPct: z.number(),
  salesMetric: ZMetric,
  /** How many people stand where (before the standing filter). */
  counts: z.object({
    ahead: z.number().int(),
    on_track: z.number().int(),
    behind: z.number().int(),
    no_target: z.number().int(),
  }),
});
export type TBoard = z.infer<typeof ZBoard>;
