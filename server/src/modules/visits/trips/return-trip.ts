import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { inTx, requireActor } from '../../../platform/context.js';
import { emit } from '../../../platform/events/domain-events.js';
import { visitTrips } from '../tables.js';
import { getTrip } from './queries.js';
import type { TTrip, TTripCancel } from './schemas.js';
import { tripChanged } from './trip-events.js';
import { ownTripForUpdate, TRIP_ENTITY, type TripRow } from './trip-scope.js';

async function changeTrip(
  ctx: Ctx,
  id: string,
  action: string,
  set: (row: TripRow, now: Date) => Partial<TripRow>,
): Promise<TTrip> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await ownTripForUpdate(tx, actor, id);
    const now = ctx.clock.now();
    const [after] = await tx
      .update(visitTrips)
      .set({ ...set(before, now), updatedAt: now })
      .where(eq(visitTrips.id, id))
      .returning();
    await audit(tx, ctx, { entity: TRIP_ENTITY, entityId: id, action, before, after });
    await emit(tx, ctx, tripChanged, {
      tripId: id,
      repId: before.repId,
      unitId: before.unitId,
      departsOn: before.departsOn,
      returnsOn: before.returnsOn,
    });
  });
  return getTrip(ctx.db, actor, id);
}

/** OPS-1: the rep is back — returnedAt is now; the logs of the trip's days are due today ("at once"). */
export function markTripReturned(ctx: Ctx, id: string): Promise<TTrip> {
  return changeTrip(ctx, id, 'trip.return', (_row, now) => ({ status: 'returned', returnedAt: now }));
}

/** OPS-1: a trip that will not happen (or was recorded by mistake) is cancelled with a reason. */
export function cancelTrip(ctx: Ctx, id: string, input: TTripCancel): Promise<TTrip> {
  return changeTrip(ctx, id, 'trip.cancel', () => ({ status: 'cancelled', cancelReason: input.reason }));
}
