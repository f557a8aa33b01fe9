import { defineApproverChain } from '../../platform/approvals/chain-policy.js';

const chapter = 'Q2C';
/** Q2C-9: who approves the use of a seal: the direct superior, then the nearest sales manager. */
export const sealUseApprovers = defineApproverChain({
  id: 'seal.useApprovers',
  label: { 'zh-CN': '用印审批人', en: 'Seal use approvers' },
  description: {
    'zh-CN': '用印申请依次由这些人审批（默认：直属上级，然后上级链中最近的销售经理）',
    en: 'A seal use request is approved by these people in turn (default: the direct superior, then the nearest sales manager up the chain)',
  },
  ruleIds: ['Q2C-9'],
  chapter,
  default: [{ kind: 'superior' }, { kind: 'nearestRole', role: 'sales_manager' }],
});
