import { defineApproverChain } from '../../platform/approvals/chain-policy.js';

/** Q2C-8: who approves a return or exchange: the nearest sales manager, then the sales director. */
export const returnApprovers = defineApproverChain({
  id: 'order.returnApprovers',
  label: { 'zh-CN': '退换货审批人', en: 'Return approvers' },
  description: {
    'zh-CN': '退换货申请依次由这些人审批（默认：上级链中最近的销售经理，然后销售总监）',
    en: 'A return or exchange is approved by these people in turn (default: the nearest sales manager up the chain, then the sales director)',
  },
  ruleIds: ['Q2C-8'],
  chapter: 'Q2C',
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'nearestRole', role: 'sales_director' },
  ],
});
