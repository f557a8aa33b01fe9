import { and, asc, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { openStages, opportunities } from '../opportunities/index.js';
import { itemsOf } from './items.js';
import {
  addMonths,
  companyCalendar,
  currentPeriodOf,
  kindOfPeriod,
  type PlanPeriod,
  periodIsOver,
  planDueAt,
} from './period.js';
import type {
  TPersonalPlan,
  TPersonalPlanQuery,
  TPersonalPlanSummary,
  ZMyPersonalPlan,
  ZPlanChoices,
  ZPlanChoicesQuery,
} from './schemas.js';
import { personalPlanReadScope } from './scope.js';
import { personalPlans } from './tables.js';
import { repTargets } from './targets.js';
import { plannedVisits } from './visits.js';

const rep = alias(users, 'rep');

/** Items and their expected total, as scalar subqueries of the row. */
export const planStats = {
  itemCount: sql<number>`(select count(*)::int from personal_plan_items i where i.plan_id = ${personalPlans.id})`,
  expectedTotalFen: sql<string>`(select coalesce(sum(i.expected_fen), 0)::text from personal_plan_items i where i.plan_id = ${personalPlans.id})`,
};

function selectPlans(db: DbOrTx) {
  return db
    .select({
      p: personalPlans,
      repUsername: rep.username,
      repName: rep.displayName,
      unitName: units.name,
      ...planStats,
    })
    .from(personalPlans)
    .innerJoin(rep, eq(rep.id, personalPlans.repId))
    .innerJoin(units, eq(units.id, personalPlans.unitId));
}

type PlanListRow = Awaited<ReturnType<ReturnType<typeof selectPlans>['where']>>[number];

/** PLAN-4: the due moment of a period's plan for a unit (policies in force for it), read once per unit and period. */
export function dueAtCache(db: DbOrTx, at: Date, tz: string) {
  const cache = new Map<string, Date>();
  return async (period: PlanPeriod, unitId: string): Promise<Date> => {
    const key = `${unitId}:${period}`;
    if (!cache.has(key)) cache.set(key, (await planDueAt(db, period, unitId, at, tz)).dueAt);
    return cache.get(key)!;
  };
}

async function toSummaries(db: DbOrTx, at: Date, rows: PlanListRow[]): Promise<TPersonalPlanSummary[]> {
  const { tz } = await companyCalendar(db, at);
  const dueAt = dueAtCache(db, at, tz);
  const out: TPersonalPlanSummary[] = [];
  for (const r of rows) {
    out.push({
      id: r.p.id,
      kind: r.p.kind,
      period: r.p.period,
      version: r.p.version,
      status: r.p.status,
      rep: { id: r.p.repId, username: r.repUsername, displayName: r.repName },
      unit: { id: r.p.unitId, name: r.unitName },
      itemCount: Number(r.itemCount),
      expectedTotalFen: String(r.expectedTotalFen),
      dueAt: iso(await dueAt(r.p.period, r.p.unitId)),
      submittedAt: isoOrNull(r.p.submittedAt),
      approvedAt: isoOrNull(r.p.approvedAt),
      updatedAt: iso(r.p.updatedAt),
    });
  }
  return out;
}

/** PLAN-4: the plans the actor may read, filtered by kind, period, rep and status; paged and sorted in SQL. */
export function listPersonalPlans(ctx: Ctx, q: TPersonalPlanQuery) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  return listPage({
    db: ctx.db,
    rows: selectPlans(ctx.db).$dynamic(),
    count: ctx.db.select().from(personalPlans).$dynamic(),
    scope: personalPlanReadScope(actor),
    filters: [
      q.kind ? eq(personalPlans.kind, q.kind) : undefined,
      q.period ? eq(personalPlans.period, q.period) : undefined,
      q.repId ? eq(personalPlans.repId, q.repId) : undefined,
      q.status ? eq(personalPlans.status, q.status) : undefined,
    ],
    sort: {
      keys: {
        period: [personalPlans.period, personalPlans.version],
        rep: rep.displayName,
        status: personalPlans.status,
        submittedAt: { nullsLast: personalPlans.submittedAt },
        updatedAt: personalPlans.updatedAt,
      },
      default: 'period',
      order: 'desc',
      tieBreaker: personalPlans.id,
    },
    query: q,
    toItems: (rows) => toSummaries(ctx.db, at, rows),
  });
}

const mayWrite = (actor: Actor, repId: string) =>
  repId === actor.id && actor.permissions['personal_plan:write'] !== undefined;

/** One version the actor may read, with its targets, items, visits and versions, and what the actor may do now (404 outside scope). */
export async function getPersonalPlan(db: DbOrTx, ctx: Ctx, id: string): Promise<TPersonalPlan> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const at = ctx.clock.now();
  const rows = await selectPlans(db).where(and(eq(personalPlans.id, id), personalPlanReadScope(actor)));
  const [summary] = await toSummaries(db, at, rows);
  const plan = rows[0]?.p;
  if (!summary || !plan) throw appError('NOT_FOUND');
  const versions = await db
    .select()
    .from(personalPlans)
    .where(
      and(
        eq(personalPlans.repId, plan.repId),
        eq(personalPlans.kind, plan.kind),
        eq(personalPlans.period, plan.period),
        personalPlanReadScope(actor),
      ),
    )
    .orderBy(desc(personalPlans.version));
  const items = await itemsOf(db, plan.id);
  const over = periodIsOver(plan.period, (await companyCalendar(db, at)).today);
  const editable = mayWrite(actor, plan.repId) && (plan.status === 'draft' || plan.status === 'rejected');
  const latest = versions[0]?.id === plan.id;
  return {
    ...summary,
    approach: plan.approach,
    changeReason: plan.changeReason,
    coachingId: plan.coachingId,
    targets: await repTargets(db, { id: plan.repId, unitId: plan.unitId }, plan.period, at),
    items,
    visits: plan.kind === 'monthly' ? await plannedVisits(db, plan.repId, plan.period) : null,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      changeReason: v.changeReason,
      submittedAt: isoOrNull(v.submittedAt),
      approvedAt: isoOrNull(v.approvedAt),
    })),
    canEdit: editable && !over,
    canSubmit: editable && !over && (items.length > 0 || plan.approach.trim() !== ''),
    canRevise: mayWrite(actor, plan.repId) && plan.status === 'approved' && latest && !over,
  };
}

/** PLAN-4: the actor's plan for a period (default next month on the company calendar), their targets, and when it is due. */
export async function myPersonalPlan(
  ctx: Ctx,
  period: PlanPeriod | undefined,
): Promise<z.infer<typeof ZMyPersonalPlan>> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const cal = await companyCalendar(ctx.db, at);
  const target = period ?? addMonths(cal.month, 1);
  const kind = kindOfPeriod(target);
  const [latest] = await ctx.db
    .select({ id: personalPlans.id })
    .from(personalPlans)
    .where(and(eq(personalPlans.repId, actor.id), eq(personalPlans.period, target)))
    .orderBy(desc(personalPlans.version))
    .limit(1);
  return {
    period: target,
    kind,
    dueAt: iso((await planDueAt(ctx.db, target, actor.unitId, at, cal.tz)).dueAt),
    targets: await repTargets(ctx.db, actor, target, at),
    plan: latest ? await getPersonalPlan(ctx.db, ctx, latest.id) : null,
    canCreate: !latest && target >= currentPeriodOf(kind, cal),
  };
}

/** How many choices a picker gets at once (it searches for more). */
const CHOICES_LIMIT = 50;

/**
 * PLAN-4: what the actor may put in their plan — customers they own, or their open opportunities
 * — matching the search, by name.
 */
export async function planChoices(
  ctx: Ctx,
  q: z.output<typeof ZPlanChoicesQuery>,
): Promise<z.infer<typeof ZPlanChoices>> {
  const actor = requireActor(ctx);
  const term = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  if (q.kind === 'customer') {
    const rows = await ctx.db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(and(eq(customers.ownerId, actor.id), term ? ilike(customers.name, term) : undefined))
      .orderBy(asc(customers.name), asc(customers.id))
      .limit(CHOICES_LIMIT);
    return {
      items: rows.map((r) => ({ id: r.id, name: r.name, customerName: null, stage: null, amountFen: null })),
    };
  }
  const rows = await ctx.db
    .select({
      id: opportunities.id,
      name: opportunities.name,
      stage: opportunities.stage,
      amountFen: opportunities.amountFen,
      customerName: customers.name,
    })
    .from(opportunities)
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(
      and(
        eq(opportunities.ownerId, actor.id),
        inArray(opportunities.stage, [...openStages]),
        term ? ilike(opportunities.name, term) : undefined,
      ),
    )
    .orderBy(asc(opportunities.name), asc(opportunities.id))
    .limit(CHOICES_LIMIT);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      customerName: r.customerName,
      stage: r.stage,
      amountFen: r.amountFen.toString(),
    })),
  };
}
