import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'Q2C';
const fen = z.number().int().min(0).max(100_000_000);

/** Q2C-9: the fine for taking the contract seal without approval (kept for the discipline module). */
export const sealUnapprovedFineFen = definePolicy({
  id: 'seal.unapprovedFineFen',
  schema: fen,
  default: 5_000,
  unit: 'fen',
  label: { 'zh-CN': '未经批准用印罚款', en: 'Fine: seal used without approval' },
  description: {
    'zh-CN': '未经批准擅自使用经济合同章的罚款',
    en: 'Fine for using the contract seal without an approved request',
  },
  ruleIds: ['Q2C-9'],
  chapter,
});

/** Q2C-9: the fine when harm follows from unapproved use. */
export const sealHarmFineFen = definePolicy({
  id: 'seal.harmFineFen',
  schema: fen,
  default: 100_000,
  unit: 'fen',
  label: { 'zh-CN': '擅自用印造成损失的罚款', en: 'Fine: unapproved seal use causing harm' },
  description: {
    'zh-CN': '擅自用印并造成损失时的罚款',
    en: 'Fine when unapproved use of the seal causes harm',
  },
  ruleIds: ['Q2C-9'],
  chapter,
});

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
