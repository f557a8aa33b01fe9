import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition, scopeKey } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { isoOrNull } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { indicatorsFor } from '../indicators/index.js';
import type { TargetSubject } from '../targets/index.js';
import { todoCount } from '../todo/index.js';
import { visits } from '../visits/index.js';
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
  presentPlan,
} from './present.js';
import type { TWorkbenchMe, TWorkbenchQuery } from './schemas.js';

type Figures = Omit<TWorkbenchMe, 'asOf' | 'visitsToday' | 'visitsLink' | 'todo'>;

/** OPS-5: my targets and indicators this month and year, my collections, overdue and pipeline. */
async function myFigures(db: DbOrTx, actor: Actor, day: WorkbenchDay): Promise<Figures> {
  const me: TargetSubject = { type: 'user', id: actor.id };
  const org = await orgInScope(db, actor);
  const [indicators, rows] = await Promise.all([
    indicatorsFor(db, { subjects: [me], periods: [day.month, day.year], at: day.at }),
    moneyRows(db, actor, day, { owners: [actor.id], unitIds: org.units.keys() }),
  ]);
  const table = new IndicatorTable(indicators, 'collected_amount');
  const f = figuresBy(rows, () => ['me']).get('me') ?? emptyFigures();
  const sections = moneySections(actor);
  const whose = { ownerId: actor.id };
  const kpis = table.set(me, day);
  return {
    today: day.today,
    month: day.month,
    year: day.year,
    salesMetric: table.salesMetric,
    pace: { month: pacePct(day.month, day.today), year: pacePct(day.year, day.today) },
    targetsSet: anyTarget(kpisOfSet(kpis)),
    user: { id: actor.id, username: actor.username, displayName: actor.displayName },
    kpis,
    collections: sections.receivables ? presentPlan(f) : null,
    overdue: sections.receivables ? presentOverdue(f, day, whose) : null,
    pipeline: sections.pipeline ? presentPipeline(f, whose) : null,
  };
}

/** VIS-4: my visits planned for today (not cancelled), in my visit:read scope. */
async function visitsOfToday(db: DbOrTx, actor: Actor, today: string): Promise<TWorkbenchMe['visitsToday']> {
  if (!actor.permissions['visit:read']) return null;
  const rows = await db
    .select({
      id: visits.id,
      purpose: visits.purpose,
      status: visits.status,
      plannedMinutes: visits.plannedMinutes,
      checkInAt: visits.checkInAt,
      customerId: customers.id,
      customerName: customers.name,
    })
    .from(visits)
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .where(
      and(
        eq(visits.repId, actor.id),
        eq(visits.plannedOn, today),
        ne(visits.status, 'cancelled'),
        scopeCondition(actor, 'visit:read', { owner: visits.repId, unit: visits.unitId }),
      ),
    )
    .orderBy(
      asc(sql`${visits.checkInAt} is null`),
      asc(visits.checkInAt),
      asc(visits.createdAt),
      asc(visits.id),
    );
  return rows.map((v) => ({
    id: v.id,
    customer: { id: v.customerId, name: v.customerName },
    purpose: v.purpose,
    status: v.status,
    plannedMinutes: v.plannedMinutes,
    checkInAt: isoOrNull(v.checkInAt),
    link: links.visit(v.id),
  }));
}

/**
 * OPS-5, the rep's 工作台: the figures (kept for workbench.cacheMinutes, ADR 26) and, always
 * read now, today's visits and the to-do counts.
 */
export async function workbenchMe(ctx: Ctx, q: TWorkbenchQuery): Promise<TWorkbenchMe> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const day = await workbenchDay(ctx.db, at);
  const key = [
    'me',
    day.today,
    actor.id,
    scopeKey(actor, 'receivable:read'),
    scopeKey(actor, 'opportunity:read'),
  ].join('|');
  const figures = await cachedFigures(ctx.db, key, at, q.fresh === true, () => myFigures(ctx.db, actor, day));
  const [visitsToday, todo] = await Promise.all([
    visitsOfToday(ctx.db, actor, day.today),
    todoCount(ctx.db, actor, at),
  ]);
  return {
    ...figures.value,
    asOf: figures.asOf.toISOString(),
    visitsToday,
    visitsLink: links.visitsToday(),
    todo: { total: todo.total, link: links.todo(), sections: todo.sections },
  };
}
