import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** INC-8: a case was opened for me at the month close (below target). */
export const caseOpenedEvent = defineNotificationEvent({
  key: 'perf_case.opened',
  label: { 'zh-CN': '未达标绩效面谈已开立', en: 'A below-target performance case was opened' },
  emailByDefault: false,
});

/** INC-8: a performance review's decision was approved (HR and the person are told). */
export const decisionApprovedEvent = defineNotificationEvent({
  key: 'perf_case.decisionApproved',
  label: { 'zh-CN': '绩效考核决定已批准', en: 'A performance review decision was approved' },
  emailByDefault: true,
});

/** Web path of a case. */
export const caseLink = (id: string) => `/performance-cases?id=${id}`;
