import type { DbOrTx } from '../../db/client.js';
import { scopeKey } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { monthsOf } from '../../platform/periods/periods.js';
import { indicatorsFor } from '../indicators/index.js';
import { opportunityFunnel } from '../opportunities/index.js';
import type { TargetSubject } from '../targets/index.js';
import { agingBuckets } from './aging.js';
import { cachedFigures } from './cache.js';
import { pacePct, type WorkbenchDay, workbenchDay } from './day.js';
import { links } from './links.js';
import { emptyFigures, moneyRows, moneySections } from './money.js';
import { orgInScope } from './org.js';
import { performersOf } from './performers.js';
import {
  anyTarget,
  IndicatorTable,
  kpisOfSet,
  presentOverdue,
  presentPipeline,
  presentPipelineTotal,
  presentPlan,
} from './present.js';
import { moneyByOwnerAndUnit, statusMoneyQuery, statusRows, statusSubjects } from './sales-status.js';
import type { TWorkbenchCompany, TWorkbenchQuery } from './schemas.js';

type Figures = Omit<TWorkbenchCompany, 'asOf'>;

/** Whether the reader sees units (indicator:read unit, unit tree or all): the company's, or their unit's, 工作台. */
export function seesUnits(actor: Actor): boolean {
  const scope = actor.permissions['indicator:read'];
  return scope === 'all' || scope === 'unit_tree' || scope === 'unit';
}

/**
 * OPS-5 for the director and the GM (a regional manager: their region): the company (or the
 * reader's unit) and the units below it — targets vs actual by month, collections and overdue by
 * month, aging, funnel and forecast, top and bottom performers, and the 销售状况一览表.
 */
async function companyFigures(db: DbOrTx, actor: Actor, day: WorkbenchDay): Promise<Figures> {
  const org = await orgInScope(db, actor);
  const root = org.root;
  if (!root) throw appError('FORBIDDEN');
  const rootSubject: TargetSubject = { type: 'unit', id: root.id };
  const whole = root.parentId === null ? {} : { unitId: root.id, label: root.name };
  const months = monthsOf(day.year);
  const sections = moneySections(actor);
  const [indicators, rows, aging, funnel] = await Promise.all([
    indicatorsFor(db, { subjects: statusSubjects(org), periods: [...months, day.year], at: day.at }),
    moneyRows(db, actor, day, { ...statusMoneyQuery(org), trend: true }),
    sections.receivables ? agingBuckets(db, actor, day.at, root) : null,
    sections.pipeline
      ? opportunityFunnel(db, actor, root.parentId === null ? {} : { unitId: root.id }, day.at)
      : null,
  ]);
  const table = new IndicatorTable(indicators, 'collected_amount');
  const money = moneyByOwnerAndUnit(org, rows);
  const total = money.get(`unit:${root.id}`) ?? emptyFigures();
  const kpis = table.set(rootSubject, day);
  const trendRows = new Map(rows.filter((r) => r.kind === 'trend').map((r) => [r.key ?? '', r]));
  const status = statusRows(actor, org, table, money, day, day.month);

  return {
    today: day.today,
    month: day.month,
    year: day.year,
    salesMetric: table.salesMetric,
    pace: { month: pacePct(day.month, day.today), year: pacePct(day.year, day.today) },
    targetsSet: anyTarget(kpisOfSet(kpis)) || status.some((r) => r.sales.target !== null),
    root: { id: root.id, name: root.name },
    kpis,
    collections: sections.receivables ? presentPlan(total) : null,
    overdue: sections.receivables ? presentOverdue(total, day, whole) : null,
    pipeline: sections.pipeline ? presentPipeline(total, whole) : null,
    byMonth: months.map((m) => {
      const f = table.figure(rootSubject, m, table.salesMetric);
      return {
        month: m,
        target: f.target,
        actual: f.actual,
        completionPct: f.completionPct,
        link: links.indicator(rootSubject, m, table.salesMetric),
      };
    }),
    regions: org.unitsInScope
      .filter((u) => u.parentId === root.id)
      .map((u) => {
        const f = money.get(`unit:${u.id}`) ?? emptyFigures();
        const whose = { unitId: u.id, label: u.name };
        return {
          unit: { id: u.id, name: u.name },
          sales: table.pair({ type: 'unit', id: u.id }, day, table.salesMetric),
          overdue: sections.receivables ? presentOverdue(f, day, whose) : null,
          pipeline: sections.pipeline ? presentPipelineTotal(f, whose) : null,
        };
      }),
    trend: sections.receivables
      ? months.map((m) => {
          const r = trendRows.get(m);
          return {
            month: m,
            dueFen: (r?.a ?? 0n).toString(),
            collectedOnDueFen: (r?.b ?? 0n).toString(),
            overdueFen: (r?.c ?? 0n).toString(),
            collectedFen: table.figure(rootSubject, m, 'collected_amount').actual,
            link: links.indicator(rootSubject, m, 'collected_amount'),
          };
        })
      : null,
    aging,
    funnel: funnel ? { ...funnel, link: links.funnel(whole) } : null,
    performers: {
      month: performersOf(org, table, day.month),
      year: performersOf(org, table, day.year),
    },
    status: {
      today: day.today,
      period: day.month,
      salesMetric: table.salesMetric,
      pacePct: pacePct(day.month, day.today),
      targetsSet: status.some((r) => r.sales.target !== null),
      rows: status,
      asOf: day.at.toISOString(),
    },
    statusLink: links.salesStatus(day.month),
  };
}

/** OPS-5: the company's 工作台 (or the reader's unit's); a reader without units in scope: 403. */
export async function workbenchCompany(ctx: Ctx, q: TWorkbenchQuery): Promise<TWorkbenchCompany> {
  const actor = requireActor(ctx);
  if (!seesUnits(actor)) throw appError('FORBIDDEN');
  const at = ctx.clock.now();
  const day = await workbenchDay(ctx.db, at);
  const key = [
    'company',
    day.today,
    scopeKey(actor, 'indicator:read'),
    scopeKey(actor, 'receivable:read'),
    scopeKey(actor, 'opportunity:read'),
  ].join('|');
  const figures = await cachedFigures(ctx.db, key, at, q.fresh === true, () =>
    companyFigures(ctx.db, actor, day),
  );
  const asOf = figures.asOf.toISOString();
  return { ...figures.value, asOf, status: { ...figures.value.status, asOf } };
}
