import { and, eq, gte, ilike, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import { requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { listPage } from '../../../platform/lists/list-page.js';
import { units, users } from '../../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../../platform/schemas.js';
import { visitTrips } from '../tables.js';
import type { TTrip, TTripQuery } from './schemas.js';
import { tripReadScope } from './trip-scope.js';

function selectTrips(db: DbOrTx) {
  return db
    .select({
      t: visitTrips,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
    })
    .from(visitTrips)
    .innerJoin(users, eq(users.id, visitTrips.repId))
    .innerJoin(units, eq(units.id, visitTrips.unitId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectTrips>['where']>>[number];

const toTrip = (actor: Actor, { t, ...x }: Row): TTrip => {
  const active = t.status === 'planned' || t.status === 'away';
  const own = t.repId === actor.id;
  return {
    id: t.id,
    rep: { id: t.repId, username: x.username, displayName: x.displayName },
    unit: { id: t.unitId, name: x.unitName },
    departsOn: t.departsOn,
    returnsOn: t.returnsOn,
    destination: t.destination,
    purpose: t.purpose,
    status: t.status,
    returnedAt: isoOrNull(t.returnedAt),
    cancelReason: t.cancelReason,
    createdAt: iso(t.createdAt),
    actions: { markReturned: own && active, cancel: own && active },
  };
};

/** OPS-1: one trip in the actor's visit:read scope (404 otherwise). */
export async function getTrip(db: DbOrTx, actor: Actor, id: string): Promise<TTrip> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectTrips(db).where(and(eq(visitTrips.id, id), tripReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toTrip(actor, row);
}

/** OPS-1: my trips and my team's (visit:read's scope), filtered, sorted and paged in SQL. */
export function listTrips(ctx: Ctx, q: TTripQuery) {
  const actor = requireActor(ctx);
  const text = q.q ? `%${q.q}%` : null;
  return listPage({
    db: ctx.db,
    rows: selectTrips(ctx.db).$dynamic(),
    count: ctx.db.select().from(visitTrips).innerJoin(users, eq(users.id, visitTrips.repId)).$dynamic(),
    scope: tripReadScope(actor),
    filters: [
      q.status ? eq(visitTrips.status, q.status) : undefined,
      q.repId ? eq(visitTrips.repId, q.repId) : undefined,
      q.day ? and(lte(visitTrips.departsOn, q.day), gte(visitTrips.returnsOn, q.day)) : undefined,
      text
        ? or(
            ilike(visitTrips.destination, text),
            ilike(visitTrips.purpose, text),
            ilike(users.displayName, text),
          )
        : undefined,
    ],
    sort: {
      keys: { departsOn: visitTrips.departsOn, createdAt: visitTrips.createdAt },
      default: 'departsOn',
      order: 'desc',
      tieBreaker: visitTrips.id,
    },
    query: q,
    toItems: async (rows) => rows.map((r) => toTrip(actor, r)),
  });
}
