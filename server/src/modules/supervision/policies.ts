import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'OPS';

/** OPS-7: the monthly summary of a month is due by the end of this day of the next month. */
export const summaryDueDay = definePolicy({
  id: 'supervision.summaryDueDay',
  schema: z.number().int().min(1).max(28),
  default: 3,
  unit: 'dayOfMonth',
  label: { 'zh-CN': '月度总结提交日', en: 'Monthly summary due on day' },
  description: {
    'zh-CN': '主管上月的月度总结（业绩、问题、下月计划）须在本月此日当天结束前提交',
    en: "A supervisor's summary of last month (results, problems, next month's plan) is due by the end of this day of the month",
  },
  ruleIds: ['OPS-7'],
  chapter,
});

/** OPS-7: who reads a submitted monthly summary (default: the writer's direct superior). */
export const summaryReaders = defineApproverChain({
  id: 'supervision.summaryReaders',
  label: { 'zh-CN': '月度总结阅读人', en: 'Monthly summary readers' },
  description: {
    'zh-CN': '主管提交月度总结后通知这些人阅读（默认：其直属上级）；第一位确认已阅',
    en: 'Once a supervisor submits the monthly summary these people are asked to read it (default: their direct superior); the first marks it read',
  },
  ruleIds: ['OPS-7'],
  chapter,
  default: [{ kind: 'superior' }],
});
