import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'OPS';

/**
 * OPS-1: the time of day (company time zone) by which a day's work log is due. The regulations
 * say "every day": by default the very end of the day (23:59), so a log not in by then is overdue
 * from the next morning; a company that wants logs before people leave sets e.g. 18:00.
 */
export const worklogDueTime = definePolicy({
  id: 'worklog.dueTime',
  schema: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  default: '23:59',
  unit: 'text',
  label: { 'zh-CN': '工作日志提交时间', en: 'Work log due by' },
  description: {
    'zh-CN':
      '每个工作日的工作日志须在当天此时间前提交（公司时区，HH:MM）；出差期间的日志在返回当天此时间前提交',
    en: "Each working day's work log is due by this time of that day (company time zone, HH:MM); logs of days on a business trip are due by this time on the day back",
  },
  ruleIds: ['OPS-1'],
  chapter,
});

/** OPS-1: an overdue work log goes up to the rep's supervisor this many days after its due time. */
export const worklogEscalateDays = definePolicy({
  id: 'worklog.escalateDays',
  schema: z.number().int().min(0).max(30),
  default: 0,
  unit: 'days',
  label: { 'zh-CN': '工作日志逾期上报天数', en: 'Overdue work log escalated after' },
  description: {
    'zh-CN': '工作日志逾期后提醒业务员本人，逾期多少天后上报其直属主管（0 表示逾期即上报）',
    en: "An overdue work log is put to the rep; this many days after it fell due the rep's direct supervisor is told (0 = at once)",
  },
  ruleIds: ['OPS-1', 'OPS-7'],
  chapter,
});
