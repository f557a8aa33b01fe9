import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { visitPurposes } from '../visits/index.js';
import { type LineValues, linesOf } from './lines.js';
import { addMonths, companyMonth, dueAtFor, lastDayOf, type Month, monthOf, monthOn } from './month.js';
import type {
  TPlanChange,
  TPlanLine,
  TVisitPlan,
  TVisitPlanQuery,
  TVisitPlanSummary,
  ZMyPlan,
} from './schemas.js';
import { visitPlanReadScope } from './scope.js';
import { visitPlanChanges, visitPlans } from './tables.js';

const rep = alias(users, 'rep');

/** Lines, planned minutes and distinct customers of the plan, as scalar subqueries of the row. */
const stats = {
  lineCount: sql<number>`(select count(*)::int from visit_plan_lines l where l.plan_id = ${visitPlans.id})`,
  plannedMinutes: sql<number>`(select coalesce(sum(l.planned_minutes), 0)::int from visit_plan_lines l where l.plan_id = ${visitPlans.id})`,
  customerCount: sql<number>`(select count(distinct l.customer_id)::int from visit_plan_lines l where l.plan_id = ${visitPlans.id})`,
};

function selectPlans(db: DbOrTx) {
  return db
    .select({
      p: visitPlans,
      repUsername: rep.username,
      repName: rep.displayName,
      unitName: units.name,
      ...stats,
    })
    .from(visitPlans)
    .innerJoin(rep, eq(rep.id, visitPlans.repId))
    .innerJoin(units, eq(units.id, visitPlans.unitId));
}

type PlanListRow = Awaited<ReturnType<ReturnType<typeof selectPlans>['where']>>[number];

/** VIS-1: each plan's due moment, the policy read once per unit. */
async function toSummaries(db: DbOrTx, at: Date, rows: PlanListRow[]): Promise<TVisitPlanSummary[]> {
  const { tz } = await companyMonth(db, at);
  const due = new Map<string, Date>();
  for (const r of rows) {
    const key = `${r.p.unitId}:${r.p.monthOn}`;
    if (!due.has(key)) due.set(key, await dueAtFor(db, monthOf(r.p.monthOn), r.p.unitId, at, tz));
  }
  return rows.map((r) => ({
    id: r.p.id,
    month: monthOf(r.p.monthOn),
    rep: { id: r.p.repId, username: r.repUsername, displayName: r.repName },
    unit: { id: r.p.unitId, name: r.unitName },
    status: r.p.status,
    lineCount: Number(r.lineCount),
    plannedMinutes: Number(r.plannedMinutes),
    customerCount: Number(r.customerCount),
    dueAt: iso(due.get(`${r.p.unitId}:${r.p.monthOn}`)!),
    submittedAt: isoOrNull(r.p.submittedAt),
    approvedAt: isoOrNull(r.p.approvedAt),
    updatedAt: iso(r.p.updatedAt),
  }));
}

/** VIS-1/VIS-2: the plans the actor may read, filtered by month, rep and status; paged and sorted in SQL. */
export function listVisitPlans(ctx: Ctx, q: TVisitPlanQuery) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  return listPage({
    db: ctx.db,
    rows: selectPlans(ctx.db).$dynamic(),
    count: ctx.db.select().from(visitPlans).$dynamic(),
    scope: visitPlanReadScope(actor),
    filters: [
      q.month ? eq(visitPlans.monthOn, monthOn(q.month)) : undefined,
      q.repId ? eq(visitPlans.repId, q.repId) : undefined,
      q.status ? eq(visitPlans.status, q.status) : undefined,
    ],
    sort: {
      keys: {
        month: visitPlans.monthOn,
        rep: rep.displayName,
        status: visitPlans.status,
        submittedAt: { nullsLast: visitPlans.submittedAt },
        updatedAt: visitPlans.updatedAt,
      },
      default: 'month',
      order: 'desc',
      tieBreaker: visitPlans.id,
    },
    query: q,
    toItems: (rows) => toSummaries(ctx.db, at, rows),
  });
}

/** Customer names for lines, in one query. */
async function customerNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(inArray(customers.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const lineOut = (l: Omit<LineValues, 'id'> & { id: string | null }, names: Map<string, string>) => ({
  id: l.id,
  customer: { id: l.customerId, name: names.get(l.customerId) ?? '?' },
  purpose: l.purpose as TPlanLine['purpose'],
  plannedOn: l.plannedOn,
  plannedMinutes: l.plannedMinutes,
  note: l.note,
});

/** One plan the actor may read, with its lines, its changes and what the actor may do now (404 outside scope). */
export async function getVisitPlan(db: DbOrTx, ctx: Ctx, id: string): Promise<TVisitPlan> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const at = ctx.clock.now();
  const rows = await selectPlans(db).where(and(eq(visitPlans.id, id), visitPlanReadScope(actor)));
  const [summary] = await toSummaries(db, at, rows);
  const plan = rows[0]?.p;
  if (!summary || !plan) throw appError('NOT_FOUND');
  const lines = await linesOf(db, id);
  const changes = await db
    .select()
    .from(visitPlanChanges)
    .where(eq(visitPlanChanges.planId, id))
    .orderBy(desc(visitPlanChanges.createdAt), desc(visitPlanChanges.id));
  const proposed = changes.map((c) => c.proposedLines as LineValues[]);
  const names = await customerNames(db, [
    ...lines.map((l) => l.customerId),
    ...proposed.flat().map((l) => l.customerId),
  ]);
  const { today } = await companyMonth(db, at);
  const monthOver = lastDayOf(summary.month) < today;
  const mine = plan.repId === actor.id && actor.permissions['visit_plan:write'] !== undefined;
  const editable = mine && (plan.status === 'draft' || plan.status === 'rejected');
  const pending = changes.some((c) => c.status === 'pending');
  return {
    ...summary,
    lines: lines.map((l) => lineOut(l, names) as TPlanLine),
    changes: changes.map(
      (c, i): TPlanChange => ({
        id: c.id,
        reason: c.reason,
        status: c.status,
        createdAt: iso(c.createdAt),
        decidedAt: isoOrNull(c.decidedAt),
        lines: (proposed[i] ?? []).map((l) => lineOut(l, names)),
      }),
    ),
    canEdit: editable && !monthOver,
    canSubmit: editable && !monthOver && lines.length > 0,
    canProposeChange: mine && plan.status === 'approved' && !monthOver && !pending,
    purposes: await readPolicy(db, visitPurposes, at, plan.unitId),
  };
}

/** The plan a change belongs to, as getVisitPlan shows it (404 outside scope). */
export async function getPlanOfChange(db: DbOrTx, ctx: Ctx, changeId: string): Promise<TVisitPlan> {
  if (!isUuid(changeId)) throw appError('NOT_FOUND');
  const [change] = await db
    .select({ planId: visitPlanChanges.planId })
    .from(visitPlanChanges)
    .where(eq(visitPlanChanges.id, changeId));
  if (!change) throw appError('NOT_FOUND');
  return getVisitPlan(db, ctx, change.planId);
}

/** VIS-1: the actor's plan for a month (default: next month on the company calendar), and when it is due. */
export async function myVisitPlan(ctx: Ctx, month: Month | undefined): Promise<z.infer<typeof ZMyPlan>> {
  const actor: Actor = requireActor(ctx);
  const at = ctx.clock.now();
  const { month: current, tz } = await companyMonth(ctx.db, at);
  const target = month ?? addMonths(current, 1);
  const [row] = await ctx.db
    .select({ id: visitPlans.id })
    .from(visitPlans)
    .where(and(eq(visitPlans.repId, actor.id), eq(visitPlans.monthOn, monthOn(target))));
  return {
    month: target,
    dueAt: iso(await dueAtFor(ctx.db, target, actor.unitId, at, tz)),
    plan: row ? await getVisitPlan(ctx.db, ctx, row.id) : null,
    canCreate: !row && target >= current,
  };
}
