import type { DbOrTx } from '../../db/client.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { type PeriodCode, period, sameLastYear } from '../../platform/periods/periods.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicies } from '../../platform/policies/read.js';
import { type TargetMetric, type TargetSubject, targetKey, targetsInForce } from '../targets/index.js';
import { type Bucket, metricFacts } from './facts.js';
import { salesBasis } from './policies.js';
import { rollUp, sumBuckets, unitParents } from './rollup.js';

/** Metrics an indicator row carries, as computed from records. */
export const actualMetrics: readonly TargetMetric[] = [
  'signed_amount',
  'collected_amount',
  'volume',
  'new_customers',
];

export interface MetricFigure {
  /** Fen for amounts, a count otherwise; as text (bigint). */
  actual: string;
  /** The target in force, or null when none is approved. */
  target: string | null;
  /** actual ÷ target in percent, one decimal; null without a (non-zero) target. */
  completionPct: number | null;
  /** The same period a year before. */
  lastYear: string;
  /** (actual − last year) ÷ last year in percent, one decimal; null when last year is 0. */
  growthPct: number | null;
}

export interface IndicatorRow {
  subject: TargetSubject;
  period: PeriodCode;
  /** PLAN-5 sales amount: the metric named by plan.salesBasis. */
  salesMetric: TargetMetric;
  metrics: Record<TargetMetric, MetricFigure>;
}

/** Percent with one decimal from two bigints (exact until the last step); null for a zero base. */
export function pctOf(part: bigint, whole: bigint | null): number | null {
  if (whole === null || whole === 0n) return null;
  // Half away from zero, in integers: |part| × 1000 ÷ |whole|, rounded, then the sign.
  const neg = part < 0n !== whole < 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  const scaled = (p * 2000n + w) / (w * 2n);
  return (neg ? -Number(scaled) : Number(scaled)) / 10;
}

/**
 * PLAN-5: the indicators of people and units for periods, computed from the system's own records
 * (facts.ts) and the targets in force — one read model for every screen, export and module.
 * Data scope is the caller's: pass only subjects the actor may see.
 */
export async function indicatorsFor(
  db: DbOrTx,
  q: { subjects: readonly TargetSubject[]; periods: readonly PeriodCode[]; at: Date; category?: string },
): Promise<IndicatorRow[]> {
  if (q.subjects.length === 0 || q.periods.length === 0) return [];
  const policies = await readPolicies(db, [salesBasis as PolicyDef, companyTimeZone as PolicyDef], q.at);
  const tz = policies.get(companyTimeZone.id) as string;
  const basis = policies.get(salesBasis.id) as 'signed' | 'collected';
  const salesMetric: TargetMetric = basis === 'signed' ? 'signed_amount' : 'collected_amount';
  const ranges = q.periods.flatMap((p) => [period(p), period(sameLastYear(p))]);
  const days = ranges.flatMap((r) => [r.from, r.to]).sort();
  const from = days[0]!;
  const to = days[days.length - 1]!;
  const bucket: Bucket = ranges.some((r) => r.kind === 'week') ? 'day' : 'month';
  const parents = await unitParents(db);
  const cut = (code: PeriodCode) => {
    const p = period(code);
    return bucket === 'day' ? [p.from, p.to] : [p.from.slice(0, 7), p.to.slice(0, 7)];
  };

  const perMetric = new Map<
    TargetMetric,
    { rolled: Map<string, Map<string, bigint>>; targets: Map<string, bigint | null> }
  >();
  for (const metric of actualMetrics) {
    const category = metric === 'volume' ? q.category : undefined;
    const facts = await metricFacts(db, metric, { from, to, bucket, tz, category });
    const rolled = rollUp(facts, q.subjects, parents);
    const targets = await targetsInForce(db, { metric, category, subjects: q.subjects, periods: q.periods });
    perMetric.set(metric, { rolled, targets });
  }

  const rows: IndicatorRow[] = [];
  for (const subject of q.subjects) {
    for (const p of q.periods) {
      const metrics = {} as Record<TargetMetric, MetricFigure>;
      for (const metric of actualMetrics) {
        const { rolled, targets } = perMetric.get(metric)!;
        const buckets = rolled.get(`${subject.type}:${subject.id}`);
        const [f, t] = cut(p);
        const [lf, lt] = cut(sameLastYear(p));
        const actual = sumBuckets(buckets, f!, t!);
        const lastYear = sumBuckets(buckets, lf!, lt!);
        const target = targets.get(targetKey(subject, p)) ?? null;
        metrics[metric] = {
          actual: actual.toString(),
          target: target === null ? null : target.toString(),
          completionPct: pctOf(actual, target),
          lastYear: lastYear.toString(),
          growthPct: lastYear === 0n ? null : pctOf(actual - lastYear, lastYear),
        };
      }
      rows.push({ subject, period: p, salesMetric, metrics });
    }
  }
  return rows;
}
