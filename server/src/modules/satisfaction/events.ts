import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** Customer praise or an award recorded for a person (SVC-3). */
export interface RecordedPraise {
  praiseId: string;
  /** Words for the points memo (the customer's name and what was praised). */
  title: string;
  customerId: string | null;
  /** The person praised: the extra points go to them. */
  userId: string;
  recordedBy: string;
}

/**
 * SVC-3/INC-4: customer praise was recorded, in the recording transaction. The points module
 * awards the praise extra points (points.customerPraise) once per record.
 */
export const praiseRecorded = defineDomainEvent<RecordedPraise>('praise.recorded');
