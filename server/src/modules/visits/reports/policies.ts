import { z } from 'zod';
import { defineApproverChain } from '../../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../../platform/policies/define.js';

const chapter = 'VIS';

/** VIS-5: the visit report is due within this many days of the visit (拜访后 2 天内). */
export const visitReportDays = definePolicy({
  id: 'visit.reportDays',
  schema: z.number().int().min(0).max(30),
  default: 2,
  unit: 'days',
  label: { 'zh-CN': '拜访报告提交期限', en: 'Visit report due within' },
  description: {
    'zh-CN': '拜访结束后多少天内提交客户拜访报告（到期日当天 24 点前，按公司时区计）',
    en: 'How many days after the visit the visit report is due (by the end of that day, company time zone)',
  },
  ruleIds: ['VIS-5'],
  chapter,
});

export const reportDayKinds = ['calendar', 'working'] as const;

/** VIS-5: whether the report's days are calendar days or working days (holidays and 调休 counted). */
export const visitReportDayKind = definePolicy({
  id: 'visit.reportDayKind',
  schema: z.enum(reportDayKinds),
  default: 'calendar',
  unit: 'choice',
  label: { 'zh-CN': '拜访报告期限按自然日或工作日', en: 'Visit report days: calendar or working' },
  description: {
    'zh-CN':
      'calendar：按自然日计算拜访报告期限；working：按工作日计算（跳过周末和法定节假日，调休上班日计入）',
    en: 'calendar: the report deadline counts calendar days; working: it counts working days (weekends and public holidays skipped, make-up workdays counted)',
  },
  ruleIds: ['VIS-5'],
  chapter,
});

/** VIS-5: an overdue report goes up to the rep's supervisor this many days after its due time. */
export const visitReportEscalateDays = definePolicy({
  id: 'visit.reportEscalateDays',
  schema: z.number().int().min(0).max(30),
  default: 1,
  unit: 'days',
  label: { 'zh-CN': '拜访报告逾期上报天数', en: 'Overdue visit report escalated after' },
  description: {
    'zh-CN': '拜访报告逾期后先提醒业务员本人，逾期多少天后上报其直属主管（0 表示逾期即上报）',
    en: "An overdue visit report is first put to the rep; this many days after it fell due the rep's direct supervisor is told (0 = at once)",
  },
  ruleIds: ['VIS-5'],
  chapter,
});

/**
 * VIS-5: a report the supervisor returned is due again within this many days of the return
 * (the original due time stays on the report for the on-time figure).
 */
export const visitReportReviseDays = definePolicy({
  id: 'visit.reportReviseDays',
  schema: z.number().int().min(0).max(30),
  default: 1,
  unit: 'days',
  label: { 'zh-CN': '退回拜访报告的修改期限', en: 'Returned visit report due within' },
  description: {
    'zh-CN':
      '主管退回的拜访报告须在退回后多少天内修改并重新提交（按同样的自然日或工作日计，到期日当天 24 点前）；是否按时以首次提交为准',
    en: 'A visit report the supervisor returned is due again this many days after the return (counted in the same calendar or working days, by the end of that day); on time or late is judged by the first submission',
  },
  ruleIds: ['VIS-5'],
  chapter,
});

/** VIS-5: who reviews a visit report (default: the rep's direct superior). */
export const visitReportReviewers = defineApproverChain({
  id: 'visit.reportReviewers',
  label: { 'zh-CN': '拜访报告审阅人', en: 'Visit report reviewers' },
  description: {
    'zh-CN': '客户拜访报告依次由这些人审阅（默认：业务员的直属上级）',
    en: "A visit report is reviewed by these people in turn (default: the rep's direct superior)",
  },
  ruleIds: ['VIS-5'],
  chapter,
  default: [{ kind: 'superior' }],
});
