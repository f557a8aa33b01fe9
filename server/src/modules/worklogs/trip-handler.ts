import { on } from '../../platform/events/domain-events.js';
import { tripChanged } from '../visits/index.js';
import { redueTripDays } from './due-items.js';

/**
 * OPS-1: a trip recorded, marked returned or cancelled (in its transaction) moves the due times
 * of the rep's open log items of the days it spans: due on the day back while away, on the day
 * itself once the trip no longer covers it.
 */
export const redueOnTripChanged = on(tripChanged, async (tx, ctx, trip) => {
  await redueTripDays(
    tx,
    ctx,
    { id: trip.repId, unitId: trip.unitId },
    { from: trip.departsOn, to: trip.returnsOn },
  );
});
