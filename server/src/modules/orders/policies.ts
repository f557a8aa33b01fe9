import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

/**
 * Q2C-8: above this credit the sales director also approves a return or exchange. The source
 * (第十五条, 报销售经理审批) names the sales manager only; the director is the company's addition
 * for large returns, so the amount is a policy the company sets.
 */
export const returnDirectorThresholdFen = definePolicy({
  id: 'order.returnDirectorThresholdFen',
  schema: z.number().int().min(0).max(1_000_000_000_000),
  default: 5_000_000,
  unit: 'fen',
  label: { 'zh-CN': '退换货：需总监审批的金额', en: 'Return: credit needing the director' },
  description: {
    'zh-CN': '退换货冲减金额高于此值时，在销售经理审批之后还须销售总监审批',
    en: 'Above this credit a return or exchange also needs the sales director after the sales manager',
  },
  ruleIds: ['Q2C-8'],
  chapter: 'Q2C',
});

/**
 * Q2C-8: who approves a return or exchange: the nearest sales manager (报销售经理审批); above the
 * director threshold the sales director as well.
 */
export const returnApprovers = defineApproverChain({
  id: 'order.returnApprovers',
  label: { 'zh-CN': '退换货审批人', en: 'Return approvers' },
  description: {
    'zh-CN': '退换货申请依次由这些人审批（默认：上级链中最近的销售经理；冲减金额超过总监金额时再加销售总监）',
    en: 'A return or exchange is approved by these people in turn (default: the nearest sales manager up the chain; above the director amount the sales director as well)',
  },
  ruleIds: ['Q2C-8'],
  chapter: 'Q2C',
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'nearestRole', role: 'sales_director', when: { amountAbove: returnDirectorThresholdFen.id } },
  ],
  amountAbove: [returnDirectorThresholdFen],
});
