import { defineDomainEvent } from '../../../platform/events/domain-events.js';

/** What a change to a rep's trips carries. */
export interface TripChanged {
  tripId: string;
  repId: string;
  unitId: string;
  departsOn: string;
  returnsOn: string;
}

/**
 * OPS-1: a trip was recorded, marked returned or cancelled (in that transaction): the work log
 * module moves the due times of the rep's logs of the days the trip covers.
 */
export const tripChanged = defineDomainEvent<TripChanged>('visit.tripChanged');
