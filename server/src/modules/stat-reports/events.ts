import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** OPS-4: last month's statistics report of my unit is ready (to read and analyse). */
export const monthlyReportEvent = defineNotificationEvent({
  key: 'stat_report.monthly',
  label: { 'zh-CN': '月度统计报表已生成', en: 'The monthly statistics report is ready' },
  emailByDefault: true,
});

/** Web path of a report. */
export const reportLink = (id: string) => `/stat-reports/${id}`;
