import type { DbOrTx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { monthCodeOf, type PeriodCode, period } from '../../platform/periods/periods.js';
import { type IndicatorRow, indicatorsFor, salesMetricAt } from './indicators.js';
import type { TIndicatorItem, TIndicatorPage, TIndicatorQuery } from './schemas.js';
import {
  type IndicatorLevel,
  levelsOf,
  type NamedSubject,
  parseSubject,
  subjectsInScope,
  subjectsOf,
} from './subjects.js';

/** The company's current month: the period a screen opens on. */
export async function currentMonth(db: DbOrTx, at: Date): Promise<PeriodCode> {
  return monthCodeOf(localDate(at, await readCompanyTimeZone(db, at)));
}

/** One subject's row as the API shows it. */
export function itemOf(subject: NamedSubject, row: IndicatorRow): TIndicatorItem {
  return {
    subject: { type: subject.type, id: subject.id, name: subject.name, unit: subject.unit },
    sales: row.metrics[row.salesMetric],
    metrics: row.metrics,
    collection: row.collection,
    satisfaction: row.satisfaction,
    expense: row.expense,
    marketShare: row.marketShare,
  };
}

/** The subjects a query names (each in scope, else 404), or its level's (default: the widest the actor has). */
export async function subjectsOfQuery(
  db: DbOrTx,
  actor: Actor,
  q: Pick<TIndicatorQuery, 'level' | 'subjects'>,
): Promise<{ subjects: NamedSubject[]; level: IndicatorLevel | null }> {
  if (q.subjects)
    return {
      subjects: await subjectsInScope(db, actor, q.subjects.split(',').map(parseSubject)),
      level: null,
    };
  const levels = levelsOf(actor);
  const level = q.level ?? levels[levels.length - 1] ?? 'me';
  return { subjects: await subjectsOf(db, actor, level), level };
}

/** Figures of named subjects for one period, in the subjects' order. */
export async function figuresOf(
  db: DbOrTx,
  subjects: NamedSubject[],
  code: PeriodCode,
  at: Date,
): Promise<{ items: TIndicatorItem[]; salesMetric: IndicatorRow['salesMetric'] | null }> {
  const rows = await indicatorsFor(db, { subjects, periods: [code], at });
  return { items: rows.map((r, i) => itemOf(subjects[i]!, r)), salesMetric: rows[0]?.salesMetric ?? null };
}

/**
 * PLAN-5: the indicators of me, my people or the units in my scope (indicator:read's scope), or
 * of the subjects named, for a period (default: this month), paged in org order.
 */
export async function listIndicators(ctx: Ctx, q: TIndicatorQuery): Promise<TIndicatorPage> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const code = q.period ?? (await currentMonth(ctx.db, at));
  const { subjects, level } = await subjectsOfQuery(ctx.db, actor, q);
  const pageSubjects = subjects.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const { items, salesMetric } = await figuresOf(ctx.db, pageSubjects, code, at);
  const p = period(code);
  return {
    items,
    total: subjects.length,
    totalCapped: false,
    page: q.page,
    pageSize: q.pageSize,
    period: code,
    from: p.from,
    to: p.to,
    level,
    levels: levelsOf(actor),
    salesMetric: salesMetric ?? (await salesMetricAt(ctx.db, at)),
  };
}
