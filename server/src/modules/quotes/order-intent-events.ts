import { defineDueItemLink } from '../../platform/deadlines/links.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** Q2C-4: the subject type of order intents in due items and notifications. */
export const ORDER_INTENT_SUBJECT = 'order_intent';
/** The due item the supervisor closes by acknowledging. */
export const ORDER_INTENT_ACK = 'order_intent_ack';

export const orderIntentDueItems = defineDueItemLink({
  subjectType: ORDER_INTENT_SUBJECT,
  link: (id) => `/order-intents?id=${id}`,
});

export const orderIntentReportedEvent = defineNotificationEvent({
  key: 'order_intent.reported',
  label: { 'zh-CN': '下属报告了订单意向', en: 'A report told me of an order intent' },
  emailByDefault: true,
});
export const orderIntentAcknowledgedEvent = defineNotificationEvent({
  key: 'order_intent.acknowledged',
  label: { 'zh-CN': '主管确认了我的订单意向', en: 'My supervisor acknowledged my order intent' },
  emailByDefault: false,
});
