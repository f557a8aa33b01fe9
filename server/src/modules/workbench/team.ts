import type { DbOrTx } from '../../db/client.js';
import { scopeKey } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { indicatorsFor } from '../indicators/index.js';
import type { TargetMetric, TargetSubject } from '../targets/index.js';
import { cachedFigures } from './cache.js';
import { pacePct, type WorkbenchDay, workbenchDay } from './day.js';
import { links } from './links.js';
import { emptyFigures, figuresBy, moneyRows, moneySections } from './money.js';
import { orgInScope } from './org.js';
import {
  anyTarget,
  IndicatorTable,
  kpisOfSet,
  presentOverdue,
  presentPipeline,
  presentPipelineTotal,
  presentPlan,
  sumKpis,
} from './present.js';
import type { TKpiPair, TKpiSet, TWorkbenchQuery, TWorkbenchTeam } from './schemas.js';

type Figures = Omit<TWorkbenchTeam, 'asOf'>;

/** Whether the reader sees more than themselves (indicator:read wider than own): a team. */
export function hasTeam(actor: Actor): boolean {
  const scope = actor.permissions['indicator:read'];
  return scope !== undefined && scope !== 'own';
}

/**
 * OPS-5 for a supervisor or manager: the people below the reader who sell, in their indicator:read
 * scope (the reader apart, as on 团队), each with their figures; the team's figures are the sum of
 * theirs.
 */
async function teamFigures(db: DbOrTx, actor: Actor, day: WorkbenchDay): Promise<Figures> {
  const org = await orgInScope(db, actor);
  const people = org.people.filter((p) => p.id !== actor.id);
  const subjects: TargetSubject[] = people.map((p) => ({ type: 'user', id: p.id }));
  const [indicators, rows] = await Promise.all([
    indicatorsFor(db, { subjects, periods: [day.month, day.year], at: day.at }),
    moneyRows(db, actor, day, { owners: people.map((p) => p.id), unitIds: org.units.keys() }),
  ]);
  const table = new IndicatorTable(indicators, 'collected_amount');
  const money = figuresBy(rows, (r) => (r.ownerId ? [`user:${r.ownerId}`, 'total'] : ['total']));
  const sections = moneySections(actor);

  const sumPair = (metric: TargetMetric): TKpiPair => ({
    month: sumKpis(
      subjects.map((s) => table.figure(s, day.month, metric)),
      links.indicator(null, day.month, metric),
    ),
    year: sumKpis(
      subjects.map((s) => table.figure(s, day.year, metric)),
      links.indicator(null, day.year, metric),
    ),
  });
  const totalKpis: TKpiSet = {
    sales: sumPair(table.salesMetric),
    signed: sumPair('signed_amount'),
    collected: sumPair('collected_amount'),
  };
  const total = money.get('total') ?? emptyFigures();
  const everyone = {};

  return {
    today: day.today,
    month: day.month,
    year: day.year,
    salesMetric: table.salesMetric,
    pace: { month: pacePct(day.month, day.today), year: pacePct(day.year, day.today) },
    targetsSet: anyTarget(kpisOfSet(totalKpis)),
    total: {
      kpis: totalKpis,
      collections: sections.receivables ? presentPlan(total) : null,
      overdue: sections.receivables ? presentOverdue(total, day, everyone) : null,
      pipeline: sections.pipeline ? presentPipeline(total, everyone) : null,
    },
    people: people.map((p) => {
      const subject: TargetSubject = { type: 'user', id: p.id };
      const f = money.get(`user:${p.id}`) ?? emptyFigures();
      const whose = { ownerId: p.id, label: p.displayName };
      return {
        user: { id: p.id, username: p.username, displayName: p.displayName },
        unit: { id: p.unitId, name: org.units.get(p.unitId)?.name ?? '' },
        sales: table.pair(subject, day, table.salesMetric),
        collected: table.kpi(subject, day.month, 'collected_amount'),
        overdue: sections.receivables ? presentOverdue(f, day, whose) : null,
        pipeline: sections.pipeline ? presentPipelineTotal(f, whose) : null,
        link: links.indicator(subject, day.month, table.salesMetric),
      };
    }),
  };
}

/** OPS-5: the team's 工作台; a reader who sees only themselves has no team (403). */
export async function workbenchTeam(ctx: Ctx, q: TWorkbenchQuery): Promise<TWorkbenchTeam> {
  const actor = requireActor(ctx);
  if (!hasTeam(actor)) throw appError('FORBIDDEN');
  const at = ctx.clock.now();
  const day = await workbenchDay(ctx.db, at);
  const key = [
    'team',
    day.today,
    // The team leaves the reader out: the reader is part of the key.
    actor.id,
    scopeKey(actor, 'indicator:read'),
    scopeKey(actor, 'receivable:read'),
    scopeKey(actor, 'opportunity:read'),
  ].join('|');
  const figures = await cachedFigures(ctx.db, key, at, q.fresh === true, () =>
    teamFigures(ctx.db, actor, day),
  );
  return { ...figures.value, asOf: figures.asOf.toISOString() };
}
