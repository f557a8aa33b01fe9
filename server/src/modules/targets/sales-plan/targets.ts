import { asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/client.js';
import { appError } from '../../../platform/errors.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { planMetrics } from '../policies.js';
import { salesPlanTargets, type TargetMetric, targetMetrics } from '../tables.js';
import type { TSalesPlanTargetInput } from './schemas.js';

const messages = {
  metric: {
    'zh-CN': '公司当前不为该指标制定目标（制度参数“考核目标指标”）',
    en: 'The company sets no targets for this metric (policy “Target metrics”)',
  },
  period: (year: number): Localized => ({
    'zh-CN': `期间须为 ${year} 年或其中某月（如 ${year}-03）`,
    en: `The period must be ${year} or one of its months (e.g. ${year}-03)`,
  }),
  duplicate: { 'zh-CN': '该指标在此期间已有目标', en: 'This metric already has a target for this period' },
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A period a plan of `year` holds targets for: the year itself or one of its months. */
export function isPlanPeriod(year: number, period: string): boolean {
  if (period === String(year)) return true;
  const m = MONTH.exec(period);
  return m !== null && Number(m[1]) === year;
}

/** The metrics targets are set for now (policy plan.metrics, company-wide). */
export async function metricsInUse(db: DbOrTx, at: Date, unitId: string): Promise<TargetMetric[]> {
  return [...(await readPolicy(db, planMetrics, at, unitId))];
}

/**
 * PLAN-1: the company targets a plan is given, checked before they are kept — each metric one
 * the policy plan.metrics names, each period the plan's year or a month of it, no metric twice
 * for a period. Every problem is a message on its field (`targets.<n>.<field>`), all at once.
 */
export function checkTargets(
  year: number,
  metrics: readonly TargetMetric[],
  targets: readonly TSalesPlanTargetInput[],
): void {
  const fields: Record<string, Localized> = {};
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (!metrics.includes(t.metric)) fields[`targets.${i}.metric`] = messages.metric;
    if (!isPlanPeriod(year, t.period)) fields[`targets.${i}.period`] = messages.period(year);
    const key = `${t.metric}:${t.period}`;
    if (seen.has(key)) fields[`targets.${i}.period`] = messages.duplicate;
    seen.add(key);
  });
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
}

export interface TargetValue {
  metric: TargetMetric;
  period: string;
  value: string;
}

/** The plan's targets in metric order (plan.metrics' list), the year first then its months. */
export async function targetsOf(db: DbOrTx, planId: string): Promise<TargetValue[]> {
  const rows = await db
    .select()
    .from(salesPlanTargets)
    .where(eq(salesPlanTargets.planId, planId))
    .orderBy(asc(salesPlanTargets.period));
  const order = (m: TargetMetric) => targetMetrics.indexOf(m);
  return rows
    .map((r) => ({ metric: r.metric, period: r.period, value: r.value.toString() }))
    .sort((a, b) => order(a.metric) - order(b.metric) || a.period.localeCompare(b.period));
}

/** The plan's targets become these (a draft is saved whole); returns the targets before. The caller audits. */
export async function replaceTargets(
  tx: Tx,
  planId: string,
  targets: readonly TSalesPlanTargetInput[],
): Promise<TargetValue[]> {
  const before = await targetsOf(tx, planId);
  await tx.delete(salesPlanTargets).where(eq(salesPlanTargets.planId, planId));
  if (targets.length > 0) {
    await tx.insert(salesPlanTargets).values(
      targets.map((t) => ({
        planId,
        metric: t.metric,
        category: '',
        period: t.period,
        value: BigInt(t.value),
      })),
    );
  }
  return before;
}

/** PLAN-1: the metrics of `metrics` without a target for the whole year. */
export function metricsWithoutYearTarget(
  year: number,
  metrics: readonly TargetMetric[],
  targets: readonly TargetValue[],
): TargetMetric[] {
  return metrics.filter((m) => !targets.some((t) => t.metric === m && t.period === String(year)));
}
