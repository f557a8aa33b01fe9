import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** OPS-7: a supervisor submitted a monthly summary for me to read. */
export const summarySubmittedEvent = defineNotificationEvent({
  key: 'month_summary.submitted',
  label: { 'zh-CN': '月度总结待阅', en: 'A monthly summary to read' },
  emailByDefault: false,
});

export const summaryLink = (id: string) => `/month-summaries?id=${id}`;
export const mySummaryLink = (month: string) => `/month-summaries/mine?month=${month}`;
