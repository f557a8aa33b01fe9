import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'PLAN';

/** MM-DD, a day that exists in every year (no 29 February). */
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const existsEveryYear = (md: string) => {
  const d = new Date(`2025-${md}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(5, 10) === md;
};

/**
 * PLAN-4: the day (MM-DD of the plan's year) by which each rep submits their personal annual plan
 * (个人《年度销售计划表》), drafted from the company's approved annual plan (依据公司《年度销售计划表》).
 * Late from the start of the next day in the company time zone.
 */
export const annualPlanDue = definePolicy({
  id: 'plan.annualPlanDue',
  schema: z.string().regex(MONTH_DAY).refine(existsEveryYear),
  default: '01-15',
  unit: 'text',
  label: { 'zh-CN': '个人年度销售计划提交日', en: 'Personal annual plan due date' },
  description: {
    'zh-CN':
      '每年几月几日（MM-DD）前提交本人当年的年度销售计划表（依据公司年度销售计划拟定，呈直属上级核定）；过了当天仍未提交即逾期，并按期限规则提醒本人、通知直属上级',
    en: 'The day of the year (MM-DD) by which each rep submits their annual sales plan for the year (drafted from the company’s annual plan, approved by the direct superior); not submitted by the end of that day it is overdue, and the rep and their direct superior are told per the deadline ladder',
  },
  ruleIds: ['PLAN-4'],
  chapter,
});

/**
 * PLAN-4: the day of the month by which each rep submits next month's 月销售计划表 — 0 the last
 * day of the month (like the visit plan it precedes, visit.planDueDay), 1–28 that day.
 */
export const monthlyPlanDueDay = definePolicy({
  id: 'plan.monthlyPlanDueDay',
  schema: z.number().int().min(0).max(28),
  default: 0,
  unit: 'dayOfMonth',
  label: { 'zh-CN': '月销售计划表提交日', en: 'Monthly sales plan due day' },
  description: {
    'zh-CN':
      '每月几日前提交下月的月销售计划表（0 表示当月最后一天，1–28 表示当月该日）；过了当天仍未提交即逾期，并按期限规则提醒本人、通知直属上级',
    en: 'The day of each month by which next month’s sales plan is submitted (0 = the last day of the month, 1–28 = that day); not submitted by the end of that day it is overdue, and the rep and their direct superior are told per the deadline ladder',
  },
  ruleIds: ['PLAN-4'],
  chapter,
});

/** PLAN-4/ORG-3: who approves a rep's personal plan and its revisions — the direct superior (呈主管核定). */
export const personalPlanApprovers = defineApproverChain({
  id: 'plan.personalPlanApprovers',
  label: { 'zh-CN': '个人销售计划审批人', en: 'Personal sales plan approvers' },
  description: {
    'zh-CN': '个人年度和月销售计划表及其修订依次由这些人审批（默认：直属上级）',
    en: 'A rep’s annual and monthly sales plans and their revisions are approved by these people in turn (default: the direct superior)',
  },
  ruleIds: ['PLAN-4', 'ORG-3'],
  chapter,
  default: [{ kind: 'superior' }],
});
