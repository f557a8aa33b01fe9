import { defineDomainEvent } from '../../platform/events/domain-events.js';

/**
 * VIS-4 → VIS-5: a visit was made (checked out). The visit report falls due from this moment;
 * the report part of this module opens its due item on this event.
 */
export interface VisitDone {
  visitId: string;
  repId: string;
  unitId: string;
  customerId: string;
  checkOutAt: Date;
}
export const visitDone = defineDomainEvent<VisitDone>('visit.done');
