import { z } from 'zod';
import { definePolicy } from '../policies/define.js';

const chapter = 'ORG';

/** The zone every due time and calendar day is counted in. */
export const companyTimeZone = definePolicy({
  id: 'company.timeZone',
  schema: z.string().refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'Unknown time zone' },
  ),
  default: 'Asia/Shanghai',
  unit: 'text',
  label: { 'zh-CN': '公司时区', en: 'Company time zone' },
  description: {
    'zh-CN': '计算期限、工作日和自然日所用的时区（IANA 名称，如 Asia/Shanghai）',
    en: 'Time zone in which deadlines, working days and calendar days are counted (IANA name, e.g. Asia/Shanghai)',
  },
  ruleIds: ['ORG-4'],
  chapter,
  systemOnly: true,
});

/** How long before its due time an open item counts as due soon (to-do list and badge). */
export const dueSoonHours = definePolicy({
  id: 'deadline.dueSoonHours',
  schema: z
    .number()
    .int()
    .min(0)
    .max(30 * 24),
  default: 24,
  unit: 'hours',
  label: { 'zh-CN': '即将到期提示时长', en: 'Due-soon window' },
  description: {
    'zh-CN': '事项在到期前多少小时进入待办列表（即将到期）',
    en: 'How many hours before its due time an item appears in the to-do list as due soon',
  },
  ruleIds: ['ORG-4'],
  chapter,
});

/** Default ladder, first rung: remind the owner this long before the due time. */
export const reminderHoursBefore = definePolicy({
  id: 'deadline.reminderHoursBefore',
  schema: z
    .number()
    .int()
    .min(0)
    .max(30 * 24),
  default: 24,
  unit: 'hours',
  label: { 'zh-CN': '到期前提醒', en: 'Reminder before due' },
  description: {
    'zh-CN': '到期前多少小时提醒责任人（0 表示不提前提醒）',
    en: 'How many hours before the due time the owner is reminded (0 = no early reminder)',
  },
  ruleIds: ['ORG-4'],
  chapter,
});

/** Default ladder, last rung: this many days after the due time the next level up is told. */
export const escalateDaysAfter = definePolicy({
  id: 'deadline.escalateDaysAfter',
  schema: z.number().int().min(1).max(90),
  default: 2,
  unit: 'days',
  label: { 'zh-CN': '逾期上报天数', en: 'Escalate after overdue days' },
  description: {
    'zh-CN': '逾期多少天后通知责任人上级的上级（逐级上报）',
    en: "How many days overdue before the owner's superior's superior is told (escalation up the chain)",
  },
  ruleIds: ['ORG-3', 'ORG-4'],
  chapter,
});
