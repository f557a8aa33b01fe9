import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** OPS-2/OPS-7: the supervisor returned my daily report (add notes and submit it again). */
export const reportReturnedEvent = defineNotificationEvent({
  key: 'daily_report.returned',
  label: { 'zh-CN': '销售日报被退回', en: 'My daily report was returned' },
  emailByDefault: false,
});

/** Web path of a report. */
export const reportLink = (id: string) => `/daily-reports/${id}`;
