import { defineDomainEvent } from '../../platform/events/domain-events.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';

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

/** SVC-2: the rated rep is told when a customer answers a survey about them. */
export const surveyAnsweredEvent = defineNotificationEvent({
  key: 'survey.answered',
  label: { 'zh-CN': '客户回复了满意度调查', en: 'A customer answered a satisfaction survey' },
  emailByDefault: false,
});

/** SVC-3: the person is told of praise recorded for them. */
export const praiseRecordedEvent = defineNotificationEvent({
  key: 'praise.recorded',
  label: { 'zh-CN': '登记了我的客户表扬', en: 'Customer praise was recorded for me' },
  emailByDefault: true,
});
