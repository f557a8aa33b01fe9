import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** What a late arrival at a morning meeting carries. */
export interface LateArrival {
  meetingId: string;
  /** The meeting's day (company calendar). */
  day: string;
  userId: string;
  unitId: string;
  /** When the meeting started (policy time on that day) and when the person arrived. */
  startsAt: Date;
  arrivedAt: Date;
  /** Whole minutes late (arrivedAt − startsAt, rounded up). */
  minutesLate: number;
  /** Who recorded the attendance (the host). */
  recordedBy: string;
}

/**
 * OPS-6/PEN-2: the host recorded a late arrival at the morning meeting, in the recording
 * transaction. The discipline module records a lateness violation with its fine from the fine
 * table. Not emitted for people exempt (away on a recorded visit or trip) or excused.
 */
export const meetingArrivedLate = defineDomainEvent<LateArrival>('meeting.arrivedLate');
