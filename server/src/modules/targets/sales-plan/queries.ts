import { and, desc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../../platform/context.js';
import { companyToday } from '../../../platform/deadlines/company-date.js';
import { listPage } from '../../../platform/lists/list-page.js';
import { users } from '../../../platform/org/tables.js';
import { iso, isoOrNull } from '../../../platform/schemas.js';
import { salesPlans } from '../tables.js';
import type { TSalesPlan, TSalesPlanQuery, TSalesPlanSummary } from './schemas.js';
import { companyUnitId, type SalesPlanRow, salesPlanFor, salesPlanReadScope } from './scope.js';
import { metricsInUse, metricsWithoutYearTarget, targetsOf } from './targets.js';

function selectPlans(db: DbOrTx) {
  return db
    .select({ p: salesPlans, username: users.username, displayName: users.displayName })
    .from(salesPlans)
    .leftJoin(users, eq(users.id, salesPlans.createdBy));
}

type Row = { p: SalesPlanRow; username: string | null; displayName: string | null };

function toSummary(r: Row): TSalesPlanSummary {
  return {
    id: r.p.id,
    year: r.p.year,
    version: r.p.version,
    status: r.p.status,
    changeReason: r.p.changeReason,
    createdBy:
      r.p.createdBy && r.username
        ? { id: r.p.createdBy, username: r.username, displayName: r.displayName ?? r.username }
        : null,
    submittedAt: isoOrNull(r.p.submittedAt),
    approvedAt: isoOrNull(r.p.approvedAt),
    updatedAt: iso(r.p.updatedAt),
  };
}

const canWrite = (actor: Actor) => actor.permissions['sales_plan:write'] !== undefined;

/** PLAN-1: one version with its targets and every version of its year (404 outside the reader's scope). */
export async function getSalesPlan(db: DbOrTx, ctx: Ctx, id: string): Promise<TSalesPlan> {
  const actor = requireActor(ctx);
  const plan = await salesPlanFor(db, actor, id);
  const at = ctx.clock.now();
  const versions = (
    await selectPlans(db)
      .where(and(eq(salesPlans.year, plan.year), salesPlanReadScope(actor)))
      .orderBy(desc(salesPlans.version))
  ).map(toSummary);
  const [self] = versions.filter((v) => v.id === plan.id);
  const targets = await targetsOf(db, plan.id);
  const metrics = await metricsInUse(db, at, await companyUnitId(db));
  const editable = canWrite(actor) && (plan.status === 'draft' || plan.status === 'rejected');
  const newer = await db
    .select({ id: salesPlans.id })
    .from(salesPlans)
    .where(and(eq(salesPlans.year, plan.year), gt(salesPlans.version, plan.version)))
    .limit(1);
  return {
    ...self!,
    goal: plan.goal,
    strategy: plan.strategy,
    productMix: plan.productMix,
    regions: plan.regions,
    channels: plan.channels,
    partners: plan.partners,
    targets,
    metrics,
    versions,
    canEdit: editable,
    canSubmit:
      editable &&
      plan.createdBy === actor.id &&
      metricsWithoutYearTarget(plan.year, metrics, targets).length === 0,
    canRevise: canWrite(actor) && plan.status === 'approved' && newer.length === 0,
  };
}

/** PLAN-1: the versions the reader may see, by year; paged and sorted in SQL. */
export function listSalesPlans(ctx: Ctx, q: TSalesPlanQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectPlans(ctx.db).$dynamic(),
    count: ctx.db.select().from(salesPlans).$dynamic(),
    scope: salesPlanReadScope(actor),
    filters: [
      q.year !== undefined ? eq(salesPlans.year, q.year) : undefined,
      q.status ? eq(salesPlans.status, q.status) : undefined,
    ],
    sort: {
      keys: { year: [salesPlans.year, salesPlans.version], updatedAt: salesPlans.updatedAt },
      default: 'year',
      order: 'desc',
      tieBreaker: salesPlans.id,
    },
    query: q,
    toItems: async (rows) => rows.map(toSummary),
  });
}

/**
 * PLAN-1: the year's plan (default this year on the company calendar) as the reader opens it —
 * its newest version they may see (a revision under way, for those who write it) and the
 * version in force.
 */
export async function salesPlanOfYear(ctx: Ctx, year: number | undefined) {
  const actor = requireActor(ctx);
  const db = ctx.db;
  const y = year ?? Number((await companyToday(db, ctx.clock.now())).slice(0, 4));
  const rows = await db
    .select({ id: salesPlans.id, status: salesPlans.status })
    .from(salesPlans)
    .where(and(eq(salesPlans.year, y), salesPlanReadScope(actor)))
    .orderBy(desc(salesPlans.version));
  const any = await db.select({ id: salesPlans.id }).from(salesPlans).where(eq(salesPlans.year, y)).limit(1);
  const inForce = rows.find((r) => r.status === 'approved') ?? null;
  return {
    year: y,
    plan: rows[0] ? await getSalesPlan(db, ctx, rows[0].id) : null,
    inForceId: inForce?.id ?? null,
    metrics: await metricsInUse(db, ctx.clock.now(), await companyUnitId(db)),
    canCreate: canWrite(actor) && any.length === 0,
  };
}
