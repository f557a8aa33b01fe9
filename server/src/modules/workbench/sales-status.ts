import type { DbOrTx } from '../../db/client.js';
import { scopeKey } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import type { PeriodCode } from '../../platform/periods/periods.js';
import { indicatorsFor } from '../indicators/index.js';
import type { TargetSubject } from '../targets/index.js';
import { cachedFigures } from './cache.js';
import { pacePct, type WorkbenchDay, workbenchDay } from './day.js';
import {
  emptyFigures,
  figuresBy,
  type MoneyFigures,
  type MoneyRow,
  moneyRows,
  moneySections,
} from './money.js';
import { ancestorsOf, type Org, type OrgUnit, orgInScope } from './org.js';
import { IndicatorTable, presentOverdue, presentPipelineTotal } from './present.js';
import type { TSalesStatus, TSalesStatusQuery, TSalesStatusRow } from './schemas.js';

/** The subjects of the 一览表: the units in scope that have people who sell, and those people. */
export function statusSubjects(org: Org): TargetSubject[] {
  return [
    ...org.unitsInScope.map((u): TargetSubject => ({ type: 'unit', id: u.id })),
    ...org.people.map((p): TargetSubject => ({ type: 'user', id: p.id })),
  ];
}

/** Money rows counted for their person and every unit above their booking unit. */
export function moneyByOwnerAndUnit(org: Org, rows: readonly MoneyRow[]): Map<string, MoneyFigures> {
  return figuresBy(rows, (r) => [
    ...(r.ownerId ? [`user:${r.ownerId}`] : []),
    ...(r.unitId ? ancestorsOf(org.units, r.unitId).map((u) => `unit:${u}`) : []),
  ]);
}

/** The money query of the reader's whole 一览表: their unit's subtree, or their people. */
export function statusMoneyQuery(org: Org) {
  const unitIds = org.units.keys();
  if (org.root) return { unitRoot: org.root.parentId === null ? undefined : org.root.id, unitIds };
  return { owners: org.people.map((p) => p.id), unitIds };
}

/**
 * OPS-5 销售状况一览表: a row per unit in scope (its subtree) and per person who sells, as a tree —
 * each unit's child units, then its people — with the period's sales (per plan.salesBasis)
 * against the target in force, last year and growth, the money collected in the period, and
 * today's overdue and open pipeline.
 */
export function statusRows(
  actor: Actor,
  org: Org,
  table: IndicatorTable,
  money: Map<string, MoneyFigures>,
  day: WorkbenchDay,
  p: PeriodCode,
): TSalesStatusRow[] {
  const sections = moneySections(actor);
  const shown = new Set(org.unitsInScope.map((u) => u.id));
  const out: TSalesStatusRow[] = [];
  const personRow = (person: Org['people'][number], parentKey: string | null): TSalesStatusRow => {
    const subject: TargetSubject = { type: 'user', id: person.id };
    const f = money.get(`user:${person.id}`) ?? emptyFigures();
    const whose = { ownerId: person.id, label: person.displayName };
    return {
      key: `user:${person.id}`,
      parentKey,
      unit: null,
      user: { id: person.id, username: person.username, displayName: person.displayName },
      sales: table.kpi(subject, p, table.salesMetric),
      collected: table.kpi(subject, p, 'collected_amount'),
      overdue: sections.receivables ? presentOverdue(f, day, whose) : null,
      pipeline: sections.pipeline ? presentPipelineTotal(f, whose) : null,
    };
  };
  const unitRow = (u: OrgUnit, parentKey: string | null): TSalesStatusRow => {
    const subject: TargetSubject = { type: 'unit', id: u.id };
    const f = money.get(`unit:${u.id}`) ?? emptyFigures();
    const whose = { unitId: u.id, label: u.name };
    return {
      key: `unit:${u.id}`,
      parentKey,
      unit: { id: u.id, name: u.name },
      user: null,
      sales: table.kpi(subject, p, table.salesMetric),
      collected: table.kpi(subject, p, 'collected_amount'),
      overdue: sections.receivables ? presentOverdue(f, day, whose) : null,
      pipeline: sections.pipeline ? presentPipelineTotal(f, whose) : null,
    };
  };
  const walk = (u: OrgUnit, parentKey: string | null) => {
    out.push(unitRow(u, parentKey));
    const key = `unit:${u.id}`;
    for (const child of org.unitsInScope) if (child.parentId === u.id) walk(child, key);
    for (const person of org.people) if (person.unitId === u.id) out.push(personRow(person, key));
  };
  for (const u of org.unitsInScope) if (!u.parentId || !shown.has(u.parentId)) walk(u, null);
  for (const person of org.people) if (!shown.has(person.unitId)) out.push(personRow(person, null));
  return out;
}

type Figures = Omit<TSalesStatus, 'asOf'>;

async function statusFigures(db: DbOrTx, actor: Actor, day: WorkbenchDay, p: PeriodCode): Promise<Figures> {
  const org = await orgInScope(db, actor);
  const [indicators, rows] = await Promise.all([
    indicatorsFor(db, { subjects: statusSubjects(org), periods: [p], at: day.at }),
    moneyRows(db, actor, day, statusMoneyQuery(org)),
  ]);
  const table = new IndicatorTable(indicators, 'collected_amount');
  const statusRowsOf = statusRows(actor, org, table, moneyByOwnerAndUnit(org, rows), day, p);
  return {
    today: day.today,
    period: p,
    salesMetric: table.salesMetric,
    pacePct: pacePct(p, day.today),
    targetsSet: statusRowsOf.some((r) => r.sales.target !== null),
    rows: statusRowsOf,
  };
}

/** The key of a reader's 一览表 copy: everything the rows depend on. */
function statusKey(actor: Actor, day: WorkbenchDay, p: PeriodCode): string {
  return [
    'status',
    day.today,
    p,
    scopeKey(actor, 'indicator:read'),
    scopeKey(actor, 'receivable:read'),
    scopeKey(actor, 'opportunity:read'),
  ].join('|');
}

/** OPS-5: the 销售状况一览表 of the reader's scope for a period (default: this month). */
export async function salesStatus(ctx: Ctx, q: TSalesStatusQuery): Promise<TSalesStatus> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const day = await workbenchDay(ctx.db, at);
  const p = q.period ?? day.month;
  const figures = await cachedFigures(ctx.db, statusKey(actor, day, p), at, q.fresh === true, () =>
    statusFigures(ctx.db, actor, day, p),
  );
  return { ...figures.value, asOf: figures.asOf.toISOString() };
}

/** The 一览表 computed now (the export writes what is true at the moment it is made). */
export async function salesStatusNow(ctx: Ctx, p: PeriodCode | undefined): Promise<TSalesStatus> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const day = await workbenchDay(ctx.db, at);
  const figures = await statusFigures(ctx.db, actor, day, p ?? day.month);
  return { ...figures, asOf: at.toISOString() };
}
