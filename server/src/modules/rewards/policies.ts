import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

/** A ratio as decimal text (never a float): up to 6 digits before the point, 4 after, above zero. */
const RATIO = /^\d{1,6}(\.\d{1,4})?$/;

/** INC-6: 兑换比例 — how many points a reward costs per yuan of its value. */
export const exchangeRatio = definePolicy({
  id: 'rewards.exchangeRatio',
  schema: z
    .string()
    .trim()
    .regex(RATIO)
    .refine((v) => /[1-9]/.test(v)),
  default: '10',
  unit: 'text',
  label: { 'zh-CN': '积分兑换比例（每元价值所需积分）', en: 'Points per yuan of a reward’s value' },
  description: {
    'zh-CN': '奖品的积分价格 = 奖品价值（元）× 本比例，不足 1 分按 1 分计；奖品保存时按当时的比例定价',
    en: 'A reward’s points price = its value (yuan) × this ratio, rounded up; priced when the reward is saved',
  },
  ruleIds: ['INC-6'],
  chapter: 'INC',
});

/** INC-6: who approves a redemption — the nearest sales manager up the requester's chain. */
export const redemptionApprovers = defineApproverChain({
  id: 'rewards.redemptionApprovers',
  label: { 'zh-CN': '积分兑换审批人', en: 'Reward redemption approvers' },
  description: {
    'zh-CN': '积分兑换申请依次由这些人审批（默认：申请人上级链中最近的销售经理）',
    en: 'A redemption is approved by these people in turn (default: the nearest sales manager up the requester’s chain)',
  },
  ruleIds: ['INC-6'],
  chapter: 'INC',
  default: [{ kind: 'nearestRole', role: 'sales_manager' }],
});

export const rewardPolicies = [exchangeRatio, redemptionApprovers];
