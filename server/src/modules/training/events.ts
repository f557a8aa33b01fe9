import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** An excellent training result (OPS-8). */
export interface ExcellentResult {
  /** The attendance row (one person at one session); the points' event key. */
  attendanceId: string;
  sessionId: string;
  userId: string;
  topic: string;
  /** The session's day (company calendar). */
  day: string;
}

/**
 * OPS-8/INC-4: a person's training result was recorded as excellent, in the recording
 * transaction. The points module awards the training extra points once per attendance.
 */
export const trainingExcelled = defineDomainEvent<ExcellentResult>('training.excelled');
