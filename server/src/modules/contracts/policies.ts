import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'Q2C';
const fen = z.number().int().min(0).max(1_000_000_000_000);

/** Q2C-6: above this amount the sales director reviews the contract after the manager. */
export const contractDirectorThresholdFen = definePolicy({
  id: 'contract.directorThresholdFen',
  schema: fen,
  default: 50_000_000,
  unit: 'fen',
  label: { 'zh-CN': '合同：需总监审批的金额', en: 'Contract: amount needing the director' },
  description: {
    'zh-CN': '合同金额高于此值时，在销售经理审核之后还须销售总监审批（重大合同由总监负责）',
    en: 'Above this amount a contract also needs the sales director after the manager (major contracts)',
  },
  ruleIds: ['Q2C-6'],
  chapter,
});

/** Q2C-6: above this amount the general manager also approves. */
export const contractGmThresholdFen = definePolicy({
  id: 'contract.gmThresholdFen',
  schema: fen,
  default: 200_000_000,
  unit: 'fen',
  label: { 'zh-CN': '合同：需总经理审批的金额', en: 'Contract: amount needing the GM' },
  description: {
    'zh-CN': '合同金额高于此值时，最后还须总经理审批',
    en: 'Above this amount a contract finally also needs the general manager',
  },
  ruleIds: ['Q2C-6'],
  chapter,
});

/**
 * Q2C-6/CUS-9: who reviews a contract: the nearest sales manager; above the director threshold
 * the sales director; above the GM threshold the GM; a credit risk adds finance.
 */
export const contractApprovers = defineApproverChain({
  id: 'contract.approvers',
  label: { 'zh-CN': '合同审批人', en: 'Contract approvers' },
  description: {
    'zh-CN':
      '合同依次由这些人审批（默认：最近的销售经理；超过总监金额加销售总监；超过总经理金额加总经理；客户超信用额度或有逾期欠款加财务）',
    en: 'A contract is reviewed by these people in turn (default: the nearest sales manager; above the director amount the sales director; above the GM amount the GM; a customer over its credit or with overdue debt adds finance)',
  },
  ruleIds: ['Q2C-6', 'CUS-9'],
  chapter,
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'nearestRole', role: 'sales_director', when: { amountAbove: contractDirectorThresholdFen.id } },
    { kind: 'role', role: 'gm', when: { amountAbove: contractGmThresholdFen.id } },
    { kind: 'role', role: 'finance', when: { flag: 'creditRisk' } },
  ],
  amountAbove: [contractDirectorThresholdFen, contractGmThresholdFen],
  flags: [
    {
      key: 'creditRisk',
      label: { 'zh-CN': '客户超信用额度或有逾期欠款', en: 'Customer over its credit or with overdue debt' },
    },
  ],
});
