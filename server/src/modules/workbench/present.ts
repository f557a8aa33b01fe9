import { localDaysBetween } from '../../platform/deadlines/calendar.js';
import type { PeriodCode } from '../../platform/periods/periods.js';
import { type IndicatorRow, type MetricFigure, pctOf } from '../indicators/index.js';
import { openStages } from '../opportunities/index.js';
import type { TargetMetric, TargetSubject } from '../targets/index.js';
import type { WorkbenchDay } from './day.js';
import { links, type Whose } from './links.js';
import type { MoneyFigures } from './money.js';
import type {
  TCollectionsPlan,
  TKpi,
  TKpiPair,
  TKpiSet,
  TOverdue,
  TPipeline,
  TPipelineTotal,
} from './schemas.js';

/** The indicator rows of one computation, found by subject and period. */
export class IndicatorTable {
  private readonly rows = new Map<string, IndicatorRow>();
  readonly salesMetric: TargetMetric;

  constructor(rows: readonly IndicatorRow[], salesMetric: TargetMetric) {
    for (const r of rows) this.rows.set(`${r.subject.type}:${r.subject.id}:${r.period}`, r);
    this.salesMetric = rows[0]?.salesMetric ?? salesMetric;
  }

  figure(subject: TargetSubject, p: PeriodCode, metric: TargetMetric): MetricFigure {
    const found = this.rows.get(`${subject.type}:${subject.id}:${p}`)?.metrics[metric];
    return found ?? { actual: '0', target: null, completionPct: null, lastYear: '0', growthPct: null };
  }

  kpi(subject: TargetSubject, p: PeriodCode, metric: TargetMetric): TKpi {
    return { ...this.figure(subject, p, metric), link: links.indicator(subject, p, metric) };
  }

  pair(subject: TargetSubject, day: WorkbenchDay, metric: TargetMetric): TKpiPair {
    return { month: this.kpi(subject, day.month, metric), year: this.kpi(subject, day.year, metric) };
  }

  set(subject: TargetSubject, day: WorkbenchDay): TKpiSet {
    return {
      sales: this.pair(subject, day, this.salesMetric),
      signed: this.pair(subject, day, 'signed_amount'),
      collected: this.pair(subject, day, 'collected_amount'),
    };
  }
}

/** The sum of several subjects' figures (a team): targets add up where any is set. */
export function sumKpis(figures: readonly MetricFigure[], link: string): TKpi {
  let actual = 0n;
  let lastYear = 0n;
  let target: bigint | null = null;
  for (const f of figures) {
    actual += BigInt(f.actual);
    lastYear += BigInt(f.lastYear);
    if (f.target !== null) target = (target ?? 0n) + BigInt(f.target);
  }
  return {
    actual: actual.toString(),
    target: target === null ? null : target.toString(),
    completionPct: pctOf(actual, target),
    lastYear: lastYear.toString(),
    growthPct: lastYear === 0n ? null : pctOf(actual - lastYear, lastYear),
    link,
  };
}

/** Whether any of the figures shown has a target in force. */
export function anyTarget(kpis: readonly TKpi[]): boolean {
  return kpis.some((k) => k.target !== null);
}

export const kpisOfSet = (s: TKpiSet): TKpi[] => [
  s.sales.month,
  s.sales.year,
  s.signed.month,
  s.signed.year,
  s.collected.month,
  s.collected.year,
];

export function presentPlan(f: MoneyFigures): TCollectionsPlan {
  return {
    dueFen: f.plan.due.toString(),
    collectedFen: f.plan.collected.toString(),
    ratePct: pctOf(f.plan.collected, f.plan.due),
    link: links.collectionsPlan(),
  };
}

export function presentOverdue(f: MoneyFigures, day: WorkbenchDay, whose: Whose): TOverdue {
  const oldest = f.overdue.oldest;
  return {
    amountFen: f.overdue.amount.toString(),
    count: f.overdue.count,
    oldestDueDate: oldest,
    oldestDays: oldest ? localDaysBetween(oldest, day.today) : null,
    link: links.overdue(whose),
  };
}

export function presentPipelineTotal(f: MoneyFigures, whose: Whose): TPipelineTotal {
  let n = 0;
  let amount = 0n;
  let weighted = 0n;
  for (const v of f.stages.values()) {
    n += v.n;
    amount += v.amount;
    weighted += v.weighted;
  }
  return {
    count: n,
    amountFen: amount.toString(),
    weightedFen: weighted.toString(),
    link: links.pipeline(whose),
  };
}

export function presentPipeline(f: MoneyFigures, whose: Whose): TPipeline {
  const none = { n: 0, amount: 0n, weighted: 0n };
  const months = [...f.months.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  return {
    ...presentPipelineTotal(f, whose),
    byStage: openStages.map((stage) => {
      const v = f.stages.get(stage) ?? none;
      return {
        stage,
        count: v.n,
        amountFen: v.amount.toString(),
        weightedFen: v.weighted.toString(),
        link: links.pipeline(whose, stage),
      };
    }),
    byMonth: months.map((m) => {
      const v = f.months.get(m) ?? none;
      return {
        month: m === '' ? null : m,
        count: v.n,
        amountFen: v.amount.toString(),
        weightedFen: v.weighted.toString(),
        link: links.closeMonth(whose, m === '' ? null : m),
      };
    }),
  };
}
