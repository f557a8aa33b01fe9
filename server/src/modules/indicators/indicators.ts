import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { type PeriodCode, period, sameLastYear } from '../../platform/periods/periods.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicies, readPolicy } from '../../platform/policies/read.js';
import { type TargetMetric, type TargetSubject, targetKey, targetsInForce } from '../targets/index.js';
import { type CollectionFigure, collectionFigures } from './collection-rate.js';
import { type ExpenseFigure, expenseFigures } from './expense.js';
import { type Bucket, metricFacts } from './facts.js';
import { type MarketShareFigure, marketShares } from './market-share.js';
import { pctOf } from './pct.js';
import { salesBasis } from './policies.js';
import { rollUp, sumBuckets, unitParents } from './rollup.js';
import { type SatisfactionFigure, satisfactionFigures } from './satisfaction.js';

export { pctOf } from './pct.js';

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
  /** PLAN-5/AR-9: the collection rate of the instalments falling due in the period. */
  collection: CollectionFigure;
  /** PLAN-5: customer satisfaction, from the service module when one provides it. */
  satisfaction: SatisfactionFigure;
  /** EXP-1: the expense and the expense-to-sales ratio, from the expenses module when one provides it. */
  expense: ExpenseFigure;
  /** PLAN-5: the sales amount's share of the entered market (regions and the company only). */
  marketShare: MarketShareFigure;
}

/** PLAN-5: the metric the sales amount is (plan.salesBasis): signed contracts or confirmed collections. */
export const salesMetricOf = (basis: 'signed' | 'collected'): TargetMetric =>
  basis === 'signed' ? 'signed_amount' : 'collected_amount';

/** The sales amount's metric in force at `at`. */
export async function salesMetricAt(db: DbOrTx, at: Date): Promise<TargetMetric> {
  return salesMetricOf(await readPolicy(db, salesBasis, at));
}

/** What the facts are narrowed to: the people's own records and the units' subtrees. */
function factsWhere(subjects: readonly TargetSubject[]): SQL {
  const users = subjects.filter((s) => s.type === 'user').map((s) => sql`${s.id}::uuid`);
  const units = subjects.filter((s) => s.type === 'unit').map((s) => unitSubtreeIdsSql(s.id));
  const parts: SQL[] = [];
  if (users.length > 0) parts.push(sql`f.owner_id in (${sql.join(users, sql`, `)})`);
  for (const tree of units) parts.push(sql`f.unit_id in ${tree}`);
  return sql`(${sql.join(parts, sql` or `)})`;
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
  const salesMetric = salesMetricOf(basis);
  const ranges = q.periods.flatMap((p) => [period(p), period(sameLastYear(p))]);
  const days = ranges.flatMap((r) => [r.from, r.to]).sort();
  const from = days[0]!;
  const to = days[days.length - 1]!;
  const bucket: Bucket = ranges.some((r) => r.kind === 'week') ? 'day' : 'month';
  const parents = await unitParents(db);
  const where = factsWhere(q.subjects);
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
    const facts = await metricFacts(db, metric, { from, to, bucket, tz, category, where });
    const rolled = rollUp(facts, q.subjects, parents);
    const targets = await targetsInForce(db, { metric, category, subjects: q.subjects, periods: q.periods });
    perMetric.set(metric, { rolled, targets });
  }
  const actualOf = (metric: TargetMetric, subject: TargetSubject, code: PeriodCode) => {
    const [f, t] = cut(code);
    return sumBuckets(perMetric.get(metric)!.rolled.get(`${subject.type}:${subject.id}`), f!, t!);
  };

  const collection = await collectionFigures(db, { ...q, tz, parents, where });
  const satisfaction = await satisfactionFigures(db, q);
  const expense = await expenseFigures(db, q, (subject, code) => actualOf(salesMetric, subject, code));
  const shares = await marketShares(db, {
    ...q,
    sales: (subject, code) => actualOf(salesMetric, subject, code),
  });

  const rows: IndicatorRow[] = [];
  for (const subject of q.subjects) {
    for (const p of q.periods) {
      const metrics = {} as Record<TargetMetric, MetricFigure>;
      for (const metric of actualMetrics) {
        const actual = actualOf(metric, subject, p);
        const lastYear = actualOf(metric, subject, sameLastYear(p));
        const target = perMetric.get(metric)!.targets.get(targetKey(subject, p)) ?? null;
        metrics[metric] = {
          actual: actual.toString(),
          target: target === null ? null : target.toString(),
          completionPct: pctOf(actual, target),
          lastYear: lastYear.toString(),
          growthPct: lastYear === 0n ? null : pctOf(actual - lastYear, lastYear),
        };
      }
      const key = targetKey(subject, p);
      rows.push({
        subject,
        period: p,
        salesMetric,
        metrics,
        collection: collection.get(key)!,
        satisfaction: satisfaction.get(key)!,
        expense: expense.get(key)!,
        marketShare: shares.get(key)!,
      });
    }
  }
  return rows;
}
