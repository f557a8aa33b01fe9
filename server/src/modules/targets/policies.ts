import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';
import { targetMetrics } from './tables.js';

const chapter = 'PLAN';

/** PLAN-2: the metrics targets are set for (at least one). */
export const planMetrics = definePolicy({
  id: 'plan.metrics',
  schema: z.array(z.enum(targetMetrics)).min(1),
  default: ['signed_amount', 'collected_amount', 'volume', 'new_customers'],
  unit: 'choice',
  label: { 'zh-CN': '考核目标指标', en: 'Target metrics' },
  description: {
    'zh-CN': '为哪些指标制定和分解销售目标：签约金额、回款金额、销售数量、新增客户',
    en: 'The metrics sales targets are set and split for: signed amount, collections, volume, new customers',
  },
  ruleIds: ['PLAN-2', 'PLAN-3'],
  chapter,
});

/**
 * PLAN-3: a split whose children do not sum to the unit's target — `reason`: it may be submitted
 * with the submitter's reason; `block`: it can be neither submitted nor approved while the gap stands.
 */
export const planGapRule = definePolicy({
  id: 'plan.gapRule',
  schema: z.enum(['reason', 'block']),
  default: 'reason',
  unit: 'choice',
  label: { 'zh-CN': '目标分解差额处理', en: 'Target split gap rule' },
  description: {
    'zh-CN': '下级目标之和与上级目标不一致时：填写原因后可提交（reason），或不得提交和批准（block）',
    en: 'When the children’s targets do not sum to the parent’s: submittable with a reason (reason), or neither submittable nor approvable (block)',
  },
  ruleIds: ['PLAN-3'],
  chapter,
});

/** PLAN-1/PLAN-2: who approves the annual sales plan (default: the GM, 总经理批准). */
export const salesPlanApprovers = defineApproverChain({
  id: 'plan.salesPlanApprovers',
  label: { 'zh-CN': '年度销售计划审批人', en: 'Annual sales plan approvers' },
  description: {
    'zh-CN': '年度销售计划及其修订依次由这些人审批（默认：总经理）',
    en: 'The annual sales plan and its revisions are approved by these people in turn (default: the GM)',
  },
  ruleIds: ['PLAN-1', 'PLAN-2'],
  chapter,
  default: [{ kind: 'role', role: 'gm' }],
});

/** PLAN-2: who approves a target split (default: the GM); only approved targets are in force. */
export const targetApprovers = defineApproverChain({
  id: 'plan.targetApprovers',
  label: { 'zh-CN': '销售目标审批人', en: 'Sales target approvers' },
  description: {
    'zh-CN': '销售目标（含分解与调整）依次由这些人审批（默认：总经理）；批准后方才生效',
    en: 'Sales targets (splits and changes) are approved by these people in turn (default: the GM); they are in force once approved',
  },
  ruleIds: ['PLAN-2'],
  chapter,
  default: [{ kind: 'role', role: 'gm' }],
});
