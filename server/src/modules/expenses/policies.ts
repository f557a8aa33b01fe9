import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'EXP';
const fen = z.number().int().min(0).max(100_000_000_000);
const percent = z.number().int().min(0).max(1000);

/** EXP-2: a pre-approval above this amount (fen) goes on to the sales manager too (2,000.00). */
export const preApprovalManagerAboveFen = definePolicy({
  id: 'expenses.preApprovalManagerAboveFen',
  schema: fen,
  default: 200_000,
  unit: 'fen',
  label: { 'zh-CN': '费用事前申请需经理审批的金额', en: 'Pre-approval amount that needs the manager' },
  description: {
    'zh-CN': '事前申请的预计金额高于该金额时，直属上级之后还需销售经理审批',
    en: 'A pre-approval estimated above this amount goes on to the sales manager after the direct superior',
  },
  ruleIds: ['EXP-2'],
  chapter,
});

/**
 * EXP-2/VIS-4: who approves an expense pre-approval: the direct superior, then the nearest sales
 * manager when the amount is above expenses.preApprovalManagerAboveFen. Steps may be made
 * conditional on the kind (flags gift, entertainment).
 */
export const preApprovers = defineApproverChain({
  id: 'expenses.preApprovers',
  label: { 'zh-CN': '费用事前申请审批人', en: 'Expense pre-approval approvers' },
  description: {
    'zh-CN': '费用事前申请依次由这些人审批（默认：直属上级；金额超过阈值时再经最近的销售经理）',
    en: 'Expense pre-approvals are approved by these people in turn (default: the direct superior; above the threshold also the nearest sales manager)',
  },
  ruleIds: ['EXP-2', 'VIS-4'],
  chapter,
  default: [
    { kind: 'superior' },
    { kind: 'nearestRole', role: 'sales_manager', when: { amountAbove: preApprovalManagerAboveFen.id } },
  ],
  amountAbove: [preApprovalManagerAboveFen],
  flags: [
    { key: 'gift', label: { 'zh-CN': '礼品', en: 'Gift' } },
    { key: 'entertainment', label: { 'zh-CN': '招待', en: 'Entertainment' } },
  ],
});

/**
 * EXP-3: who approves a claim: department review (the direct superior; the nearest sales
 * manager too when the claim is over its pre-approved amount by more than the margin), then
 * finance — the chain's last step is finance approval.
 */
export const claimApprovers = defineApproverChain({
  id: 'expenses.claimApprovers',
  label: { 'zh-CN': '报销审批人', en: 'Expense claim approvers' },
  description: {
    'zh-CN':
      '报销单依次由这些人审批：部门审核（默认直属上级；超出事前批准金额超过允许比例时再经最近的销售经理），最后一步为财务审批',
    en: 'Claims are approved by these people in turn: department review (default the direct superior; the nearest sales manager too when over the pre-approved amount by more than the margin), the last step being finance',
  },
  ruleIds: ['EXP-3'],
  chapter,
  default: [
    { kind: 'superior' },
    { kind: 'nearestRole', role: 'sales_manager', when: { flag: 'overPreApproved' } },
    { kind: 'role', role: 'finance' },
  ],
  flags: [
    {
      key: 'overPreApproved',
      label: { 'zh-CN': '超出事前批准金额', en: 'Over the pre-approved amount' },
    },
    { key: 'flagged', label: { 'zh-CN': '有疑似重复的明细', en: 'Has lines flagged as duplicates' } },
  ],
});

/** EXP-3: a gift or entertainment line without an approved pre-approval: refused at submission, or flagged. */
export const unapprovedGiftRule = definePolicy({
  id: 'expenses.unapprovedGiftRule',
  schema: z.enum(['refuse', 'flag']),
  default: 'refuse',
  unit: 'choice',
  label: { 'zh-CN': '礼品招待未事前申请的处理', en: 'Gifts and entertainment without pre-approval' },
  description: {
    'zh-CN': '报销礼品或招待费用而没有已批准的事前申请时：refuse 拒绝提交；flag 标记给审核人',
    en: 'A gift or entertainment line without an approved pre-approval: refuse = the claim cannot be submitted; flag = flagged for the reviewer',
  },
  ruleIds: ['EXP-2', 'EXP-3'],
  chapter,
});

/** EXP-3: a claim over its pre-approved amount by more than this percent needs the next approver (10). */
export const overPreApprovedMarginPct = definePolicy({
  id: 'expenses.overPreApprovedMarginPct',
  schema: percent,
  default: 10,
  unit: 'percent',
  label: { 'zh-CN': '超出事前批准金额的允许比例', en: 'Margin over the pre-approved amount' },
  description: {
    'zh-CN': '报销金额超出事前批准金额超过该百分比时，需再经下一级审批',
    en: 'A claim over its pre-approved amount by more than this percent needs the next approver',
  },
  ruleIds: ['EXP-3'],
  chapter,
});

/** EXP-1: the expense-to-sales ratio ceiling in percent (5); above it the person and their superior are told. */
export const expenseRatioCeilingPct = definePolicy({
  id: 'expenses.ratioCeilingPct',
  schema: z.number().min(0).max(1000),
  default: 5,
  unit: 'percent',
  label: { 'zh-CN': '费用率上限', en: 'Expense ratio ceiling' },
  description: {
    'zh-CN': '费用（已批准或已付款的报销明细，按费用发生日）占销售额的百分比上限；超过时告知本人及其上级',
    en: 'The ceiling of expenses (approved or paid claim lines, by the date spent) over sales in percent; above it the person and their superior are told',
  },
  ruleIds: ['EXP-1'],
  chapter,
});

export const expensePolicies = [
  preApprovalManagerAboveFen,
  preApprovers,
  claimApprovers,
  unapprovedGiftRule,
  overPreApprovedMarginPct,
  expenseRatioCeilingPct,
];
