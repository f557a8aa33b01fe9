import { z } from 'zod';
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
