import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { personalPlans } from '../personal-plans/index.js';
import type { TCoaching, TCoachingQuery, TCoachingSnapshot } from './schemas.js';
import { coachingReadScope } from './scope.js';
import { coachingRecords } from './tables.js';

const rep = alias(users, 'rep');
const coach = alias(users, 'coach');

function selectRecords(db: DbOrTx, actor: Actor) {
  return db
    .select({
      r: coachingRecords,
      repUsername: rep.username,
      repName: rep.displayName,
      coachUsername: coach.username,
      coachName: coach.displayName,
      unitName: units.name,
      mayWrite: sql<boolean>`(${coachingRecords.repId} <> ${actor.id} and ${scopeCondition(
        actor,
        'coaching:write',
        { owner: coachingRecords.repId, unit: rep.unitId },
      )})`,
    })
    .from(coachingRecords)
    .innerJoin(rep, eq(rep.id, coachingRecords.repId))
    .innerJoin(coach, eq(coach.id, coachingRecords.coachId))
    .innerJoin(units, eq(units.id, coachingRecords.unitId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRecords>['where']>>[number];

/** The plan versions the records proposed as adjustments, in one query. */
async function adjustmentsOf(db: DbOrTx, rows: Row[]) {
  const ids = rows.map((r) => r.r.adjustmentPlanId).filter((id): id is string => id !== null);
  if (ids.length === 0) return new Map<string, TCoaching['adjustment']>();
  const plans = await db
    .select({
      id: personalPlans.id,
      kind: personalPlans.kind,
      period: personalPlans.period,
      version: personalPlans.version,
    })
    .from(personalPlans)
    .where(inArray(personalPlans.id, ids));
  return new Map(
    plans.map((p) => [p.id, { planId: p.id, kind: p.kind, period: p.period, version: p.version }]),
  );
}

async function toItems(db: DbOrTx, rows: Row[]): Promise<TCoaching[]> {
  const plans = await adjustmentsOf(db, rows);
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    rep: { id: r.repId, username: x.repUsername, displayName: x.repName },
    coach: { id: r.coachId, username: x.coachUsername, displayName: x.coachName },
    unit: { id: r.unitId, name: x.unitName },
    period: r.period,
    snapshot: (r.snapshot as TCoachingSnapshot | null) ?? null,
    findings: r.findings,
    actions: r.actions,
    followUpOn: r.followUpOn,
    status: r.status,
    followUpNote: r.followUpNote,
    followedUpAt: isoOrNull(r.followedUpAt),
    adjustment: r.adjustmentPlanId ? (plans.get(r.adjustmentPlanId) ?? null) : null,
    createdAt: iso(r.createdAt),
    canFollowUp: r.status === 'open' && x.mayWrite === true,
  }));
}

/** PLAN-6: the coaching records the actor may read, filtered by person, period and status; paged in SQL. */
export function listCoaching(ctx: Ctx, q: TCoachingQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectRecords(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(coachingRecords).$dynamic(),
    scope: coachingReadScope(actor),
    filters: [
      q.repId ? eq(coachingRecords.repId, q.repId) : undefined,
      q.period ? eq(coachingRecords.period, q.period) : undefined,
      q.status ? eq(coachingRecords.status, q.status) : undefined,
    ],
    sort: {
      keys: {
        createdAt: coachingRecords.createdAt,
        followUpOn: coachingRecords.followUpOn,
        period: coachingRecords.period,
      },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: coachingRecords.id,
    },
    query: q,
    toItems: (rows) => toItems(ctx.db, rows),
  });
}

/** PLAN-6: one coaching record the actor may read (404 outside scope). */
export async function getCoaching(db: DbOrTx, actor: Actor, id: string): Promise<TCoaching> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectRecords(db, actor).where(
    and(eq(coachingRecords.id, id), coachingReadScope(actor)),
  );
  const [item] = await toItems(db, rows);
  if (!item) throw appError('NOT_FOUND');
  return item;
}
