import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'VIS';

/**
 * VIS-1: the day of the month by which each rep submits next month's 拜访计划表. 0 means the
 * last day of the month (月底); 1–28 a fixed day. The plan is late from the start of the next day
 * in the company time zone — with the default, from 00:00 on the 1st of the planned month.
 */
export const visitPlanDueDay = definePolicy({
  id: 'visit.planDueDay',
  schema: z.number().int().min(0).max(28),
  default: 0,
  unit: 'dayOfMonth',
  label: { 'zh-CN': '拜访计划表提交日', en: 'Visit plan due day' },
  description: {
    'zh-CN':
      '每月几日前提交下月的拜访计划表（0 表示当月最后一天，1–28 表示当月该日）；过了当天仍未提交即逾期，并按期限规则提醒本人、通知直属上级',
    en: 'The day of each month by which next month’s visit plan is submitted (0 = the last day of the month, 1–28 = that day); a plan not submitted by the end of that day is overdue, and the rep and their direct superior are told per the deadline ladder',
  },
  ruleIds: ['VIS-1'],
  chapter,
});

/**
 * VIS-2/ORG-3: who reviews a rep's visit plan and its changes — the direct superior (逐级: tasks
 * and approvals go to direct reports only, never skip-level).
 */
export const visitPlanApprovers = defineApproverChain({
  id: 'visit.planApprovers',
  label: { 'zh-CN': '拜访计划审批人', en: 'Visit plan approvers' },
  description: {
    'zh-CN': '拜访计划表及其变更依次由这些人审批（默认：直属上级）',
    en: 'A visit plan and its changes are approved by these people in turn (default: the direct superior)',
  },
  ruleIds: ['VIS-2', 'ORG-3'],
  chapter,
  default: [{ kind: 'superior' }],
});
