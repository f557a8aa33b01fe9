import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'INC';

/**
 * INC-8: below target means a month's sales completion (plan.salesBasis' metric against the
 * target in force) under this percent. A person with no target for the month is not below it.
 */
export const belowPct = definePolicy({
  id: 'cases.belowPct',
  schema: z.number().int().min(1).max(200),
  default: 100,
  unit: 'percent',
  label: { 'zh-CN': '未达标线（完成率 %）', en: 'Below target under (completion %)' },
  description: {
    'zh-CN': '月末结算时本月销售额完成率低于该百分比即为未达标，开立绩效面谈；当月没有目标的人员不算未达标',
    en: 'At the month close, a sales completion under this percent is below target and opens a performance case; a person with no target for the month is not below it',
  },
  ruleIds: ['INC-8'],
  chapter,
});

/** INC-8: this many consecutive months below target escalate the case to a performance review (2). */
export const escalateMonths = definePolicy({
  id: 'cases.escalateMonths',
  schema: z.number().int().min(1).max(12),
  default: 2,
  unit: 'count',
  label: { 'zh-CN': '连续未达标转绩效考核（月）', en: 'Months below target in a row before a review' },
  description: {
    'zh-CN':
      '连续该月数未达标（含本月），本月的面谈升级为绩效考核，由上级提出警告、调岗或不处理的决定并经审批',
    en: 'After this many months below target in a row (this one included), the month’s case becomes a performance review: the superior proposes a warning, a change of position or no action, which is approved',
  },
  ruleIds: ['INC-8'],
  chapter,
});

/** INC-8: working days the direct superior has to hold the interview (约谈), from the close. */
export const interviewDays = definePolicy({
  id: 'cases.interviewDays',
  schema: z.number().int().min(1).max(30),
  default: 5,
  unit: 'days',
  label: { 'zh-CN': '约谈期限（工作日）', en: 'Interview due within (working days)' },
  description: {
    'zh-CN': '月末结算开立面谈后，直属上级须在该工作日数内完成约谈并记录',
    en: 'Once a case is opened at the month close, the direct superior holds the interview and records it within this many working days',
  },
  ruleIds: ['INC-8'],
  chapter,
});

/** INC-8: working days to agree the improvement plan, from the interview. */
export const planDays = definePolicy({
  id: 'cases.planDays',
  schema: z.number().int().min(1).max(30),
  default: 5,
  unit: 'days',
  label: { 'zh-CN': '改进计划期限（工作日）', en: 'Improvement plan due within (working days)' },
  description: {
    'zh-CN': '约谈后须在该工作日数内与本人商定改进计划（行动、负责人、日期）',
    en: 'After the interview, the improvement plan (actions, owners, dates) is agreed within this many working days',
  },
  ruleIds: ['INC-8'],
  chapter,
});

/**
 * INC-8/ORG-3: who approves a performance review's decision (warning, change of position, no
 * action), walking up the person's chain: the nearest sales manager, then the sales director.
 */
export const reviewApprovers = defineApproverChain({
  id: 'cases.reviewApprovers',
  label: { 'zh-CN': '绩效考核决定审批人', en: 'Performance review decision approvers' },
  description: {
    'zh-CN':
      '绩效考核的决定（警告、调岗、不处理）依次由这些人审批（默认：本人上级链中最近的销售经理，然后销售总监）；批准后通知人力资源',
    en: 'A performance review’s decision (warning, change of position, no action) is approved by these people in turn (default: the nearest sales manager above the person, then the sales director); HR is told once approved',
  },
  ruleIds: ['INC-8', 'ORG-3'],
  chapter,
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'role', role: 'sales_director' },
  ],
});

/** INC-8: who is told of an approved review decision (HR keeps the record). */
export const decisionRecipients = definePolicy({
  id: 'cases.decisionRecipients',
  schema: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/))
    .min(1)
    .max(10),
  default: ['hr'],
  unit: 'roles',
  label: { 'zh-CN': '绩效考核决定通知对象', en: 'Who is told of a review decision' },
  description: {
    'zh-CN': '绩效考核决定批准后，通知持有这些角色的人员（默认：人力资源）',
    en: 'Once a performance review decision is approved, the holders of these roles are told (default: HR)',
  },
  ruleIds: ['INC-8'],
  chapter,
});
