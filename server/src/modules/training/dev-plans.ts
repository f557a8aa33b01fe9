import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TDevPlan, ZDevPlanQuery } from './schemas.js';
import { devPlanScope } from './scope.js';
import { devPlans } from './tables.js';

const unknownUser = (id: string) => ({ id, username: '?', displayName: '?' });

function selectPlans(db: DbOrTx, actor: Actor) {
  return db
    .select({
      p: devPlans,
      unitName: units.name,
      writable: devPlanScope(actor, 'dev_plan:write').mapWith(Boolean),
    })
    .from(devPlans)
    .innerJoin(units, eq(units.id, devPlans.unitId));
}
type PlanRow = Awaited<ReturnType<ReturnType<typeof selectPlans>['where']>>[number];

async function toPlans(db: DbOrTx, rows: PlanRow[]): Promise<TDevPlan[]> {
  const people = await userRefs(
    db,
    rows.flatMap((r) => [r.p.userId, r.p.reviewedBy]),
  );
  return rows.map(({ p, unitName, writable }) => ({
    id: p.id,
    user: people.get(p.userId) ?? unknownUser(p.userId),
    unit: { id: p.unitId, name: unitName },
    year: p.year,
    goals: p.goals,
    actions: p.actions,
    status: p.status,
    reviewComment: p.reviewComment,
    reviewedBy: p.reviewedBy ? (people.get(p.reviewedBy) ?? unknownUser(p.reviewedBy)) : null,
    reviewedAt: isoOrNull(p.reviewedAt),
    updatedAt: iso(p.updatedAt),
    canWrite: writable === true,
  }));
}

/** OPS-8: the development plans the actor may read (a rep: their own). */
export function listDevPlans(db: DbOrTx, actor: Actor, q: z.output<typeof ZDevPlanQuery>) {
  return listPage({
    db,
    rows: selectPlans(db, actor).$dynamic(),
    count: db.select().from(devPlans).$dynamic(),
    scope: devPlanScope(actor, 'dev_plan:read'),
    filters: [
      q.userId ? eq(devPlans.userId, q.userId) : undefined,
      q.year ? eq(devPlans.year, q.year) : undefined,
      q.status ? eq(devPlans.status, q.status) : undefined,
    ],
    sort: { keys: { year: devPlans.year }, default: 'year', order: 'desc', tieBreaker: devPlans.id },
    query: q,
    toItems: (rows) => toPlans(db, rows),
  });
}

/** OPS-8: one plan the actor may read (404 otherwise). */
export async function getDevPlan(db: DbOrTx, actor: Actor, id: string): Promise<TDevPlan> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectPlans(db, actor).where(
    and(eq(devPlans.id, id), devPlanScope(actor, 'dev_plan:read')),
  );
  const [plan] = await toPlans(db, rows);
  if (!plan) throw appError('NOT_FOUND');
  return plan;
}
