import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** OPS-7: the supervisor returned my work log with a comment (it is in my 待办 until resubmitted). */
export const worklogReturnedEvent = defineNotificationEvent({
  key: 'worklog.returned',
  label: { 'zh-CN': '工作日志被退回', en: 'A work log was returned' },
  emailByDefault: false,
});
