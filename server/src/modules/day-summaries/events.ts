import { defineNotificationEvent } from '../../platform/notifications/events.js';

export const DAY_SUMMARY_ENTITY = 'day_summary';
export const daySummaryLink = (id: string) => `/day-summaries/${id}`;

/** OPS-3: the assistant sent the day's summary; it comes by mail by default. */
export const daySummarySentEvent = defineNotificationEvent({
  key: 'day_summary.sent',
  label: { 'zh-CN': '收到日终汇总', en: 'An end-of-day summary arrives' },
  emailByDefault: true,
});
