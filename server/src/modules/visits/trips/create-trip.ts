import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { emit } from '../../../platform/events/domain-events.js';
import { visitTrips } from '../tables.js';
import { getTrip } from './queries.js';
import type { TTrip, TTripCreate } from './schemas.js';
import { tripChanged } from './trip-events.js';
import { TRIP_ENTITY } from './trip-scope.js';

/** OPS-1: a rep records a business trip (出差) of their own: planned until they mark it returned. */
export async function createTrip(ctx: Ctx, input: TTripCreate): Promise<TTrip> {
  const actor = requireActor(ctx);
  if (input.returnsOn < input.departsOn) throw appError('TRIP_DATES');
  const id = await inTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(visitTrips)
      .values({
        repId: actor.id,
        unitId: actor.unitId,
        departsOn: input.departsOn,
        returnsOn: input.returnsOn,
        destination: input.destination,
        purpose: input.purpose,
        status: 'planned',
        createdAt: now,
        updatedAt: now,
        createdBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('trip insert failed');
    await audit(tx, ctx, { entity: TRIP_ENTITY, entityId: row.id, action: 'trip.create', after: row });
    await emit(tx, ctx, tripChanged, {
      tripId: row.id,
      repId: row.repId,
      unitId: row.unitId,
      departsOn: row.departsOn,
      returnsOn: row.returnsOn,
    });
    return row.id;
  });
  return getTrip(ctx.db, actor, id);
}
