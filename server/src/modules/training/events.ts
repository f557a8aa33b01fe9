import { defineDomainEvent } from '../../platform/events/domain-events.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';

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

/** OPS-8: someone is invited to a training session (in the app; mail when they choose). */
export const trainingInvitedEvent = defineNotificationEvent({
  key: 'training.invited',
  label: { 'zh-CN': '培训通知', en: 'Invited to a training' },
  emailByDefault: false,
});
