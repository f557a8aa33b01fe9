import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'PEN';
const fen = z.number().int().min(0).max(100_000_000);
const minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

/** PEN-2: lateness up to this many minutes is the minor band (10). */
export const lateMinorMinutes = definePolicy({
  id: 'discipline.lateMinorMinutes',
  schema: minutes,
  default: 10,
  unit: 'minutes',
  label: { 'zh-CN': '迟到轻档上限（分钟）', en: 'Minor lateness up to (minutes)' },
  description: {
    'zh-CN': '迟到不超过该分钟数，按轻档罚款',
    en: 'Lateness up to this many minutes is fined at the minor band',
  },
  ruleIds: ['PEN-2'],
  chapter,
});

/** PEN-2: the fine for minor lateness (20.00). */
export const lateMinorFineFen = definePolicy({
  id: 'discipline.lateMinorFineFen',
  schema: fen,
  default: 2_000,
  unit: 'fen',
  label: { 'zh-CN': '迟到轻档罚款', en: 'Fine: minor lateness' },
  description: { 'zh-CN': '轻档迟到的罚款金额', en: 'The fine for lateness in the minor band' },
  ruleIds: ['PEN-2'],
  chapter,
});

/** PEN-2: lateness over the minor band up to this many minutes is the major band (60). */
export const lateMajorMinutes = definePolicy({
  id: 'discipline.lateMajorMinutes',
  schema: minutes,
  default: 60,
  unit: 'minutes',
  label: { 'zh-CN': '迟到重档上限（分钟）', en: 'Major lateness up to (minutes)' },
  description: {
    'zh-CN': '迟到超过轻档、不超过该分钟数，按重档罚款；超过该分钟数按公司规定的类别记录，不按档罚款',
    en: 'Lateness over the minor band up to this many minutes is fined at the major band; beyond it the violation is recorded in the category the company sets, with no fine from the bands',
  },
  ruleIds: ['PEN-2'],
  chapter,
});

/** PEN-2: the fine for major lateness (50.00). */
export const lateMajorFineFen = definePolicy({
  id: 'discipline.lateMajorFineFen',
  schema: fen,
  default: 5_000,
  unit: 'fen',
  label: { 'zh-CN': '迟到重档罚款', en: 'Fine: major lateness' },
  description: { 'zh-CN': '重档迟到的罚款金额', en: 'The fine for lateness in the major band' },
  ruleIds: ['PEN-2'],
  chapter,
});

/** PEN-2: the codes a lateness beyond the bands may be recorded as. */
export const lateBeyondCategories = ['absence_half_day', 'absence_day', 'lateness', 'other'] as const;

/** PEN-2: the category a lateness beyond the major band is recorded in (旷工半天 by default). */
export const lateBeyondCategory = definePolicy({
  id: 'discipline.lateBeyondCategory',
  schema: z.enum(lateBeyondCategories),
  default: 'absence_half_day',
  unit: 'choice',
  label: { 'zh-CN': '超时迟到记为', en: 'Lateness beyond the bands is recorded as' },
  description: {
    'zh-CN': '迟到超过重档上限时按此类别记录违规（如旷工半天），不按迟到档罚款',
    en: 'Lateness beyond the major band is recorded in this category (e.g. half-day absence), with no fine from the lateness bands',
  },
  ruleIds: ['PEN-2'],
  chapter,
});

/** CUS-5: the fine for refusing a customer (100.00). */
export const refusalFineFen = definePolicy({
  id: 'discipline.refusalFineFen',
  schema: fen,
  default: 10_000,
  unit: 'fen',
  label: { 'zh-CN': '推诿客户罚款', en: 'Fine: refusing a customer' },
  description: {
    'zh-CN': '以客户不是自己的为由推诿客户的罚款',
    en: 'The fine for refusing a customer because it is not one’s own',
  },
  ruleIds: ['CUS-5', 'PEN-2'],
  chapter,
});

/** CUS-5: the refusal that reaches this count within the window flags dismissal for decision (3). */
export const refusalDismissCount = definePolicy({
  id: 'discipline.refusalDismissCount',
  schema: z.number().int().min(1).max(20),
  default: 3,
  unit: 'count',
  label: { 'zh-CN': '推诿客户提请辞退次数', en: 'Refusals before dismissal is proposed' },
  description: {
    'zh-CN': '在统计期内推诿客户达到该次数，提请上级决定是否辞退（不自动处理）',
    en: 'A refusal that reaches this count within the window flags dismissal for the superior to decide (nothing automatic)',
  },
  ruleIds: ['CUS-5', 'PEN-2'],
  chapter,
});

/** CUS-5: the window the refusals are counted in (12 months). */
export const refusalWindowMonths = definePolicy({
  id: 'discipline.refusalWindowMonths',
  schema: z.number().int().min(1).max(60),
  default: 12,
  unit: 'count',
  label: { 'zh-CN': '推诿客户计数期（月）', en: 'Refusals counted over (months)' },
  description: {
    'zh-CN': '统计推诿客户次数的期间：此前该月数内的推诿（已撤销的不计）',
    en: 'Refusals are counted over this many months before the latest (cancelled ones do not count)',
  },
  ruleIds: ['CUS-5'],
  chapter,
});

/** Q2C-9: the fine for taking the contract seal without approval (50.00); the id predates the move from seals. */
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
  ruleIds: ['Q2C-9', 'PEN-2'],
  chapter: 'Q2C',
});

/** Q2C-9: the fine when harm follows from unapproved use (1,000.00). */
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
  ruleIds: ['Q2C-9', 'PEN-2'],
  chapter: 'Q2C',
});

const chain = (kind: { zh: string; en: string }, steps: string, stepsEn: string) => ({
  label: { 'zh-CN': `${kind.zh}处分审批人`, en: `${kind.en} sanction approvers` },
  description: {
    'zh-CN': `${kind.zh}处分依次由这些人审批，沿受处分人的上级链向上（默认：${steps}）`,
    en: `A ${kind.en.toLowerCase()} sanction is approved by these people in turn, up the person’s chain (default: ${stepsEn})`,
  },
  ruleIds: ['PEN-4', 'ORG-3'],
  chapter,
});

/** PEN-4: who approves a warning (the nearest sales manager above the person). */
export const warningApprovers = defineApproverChain({
  id: 'discipline.warningApprovers',
  ...chain({ zh: '警告', en: 'Warning' }, '最近的销售经理', 'the nearest sales manager'),
  default: [{ kind: 'nearestRole', role: 'sales_manager' }],
});

/** PEN-4: who approves a fine sanction. */
export const fineApprovers = defineApproverChain({
  id: 'discipline.fineApprovers',
  ...chain({ zh: '罚款', en: 'Fine' }, '最近的销售经理', 'the nearest sales manager'),
  default: [{ kind: 'nearestRole', role: 'sales_manager' }],
});

/** PEN-4: who approves a demotion. */
export const demotionApprovers = defineApproverChain({
  id: 'discipline.demotionApprovers',
  ...chain(
    { zh: '降级', en: 'Demotion' },
    '最近的销售经理，然后销售总监',
    'the nearest sales manager, then the sales director',
  ),
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'role', role: 'sales_director' },
  ],
});

/** PEN-4: who approves a dismissal — the general manager by default. */
export const dismissalApprovers = defineApproverChain({
  id: 'discipline.dismissalApprovers',
  ...chain(
    { zh: '辞退', en: 'Dismissal' },
    '最近的销售经理，然后总经理',
    'the nearest sales manager, then the general manager',
  ),
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'role', role: 'gm' },
  ],
});

/** PEN-4: who is told of an approved sanction besides the person (HR keeps the record). */
export const sanctionRecipients = definePolicy({
  id: 'discipline.sanctionRecipients',
  schema: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/))
    .min(1)
    .max(10),
  default: ['hr'],
  unit: 'roles',
  label: { 'zh-CN': '处分通知对象', en: 'Who is told of a sanction' },
  description: {
    'zh-CN': '处分批准后，除本人外通知持有这些角色的人员（默认：人力资源）',
    en: 'Once a sanction is approved, the holders of these roles are told besides the person (default: HR)',
  },
  ruleIds: ['PEN-4'],
  chapter,
});

export const disciplinePolicies = [
  sanctionRecipients,
  lateMinorMinutes,
  lateMinorFineFen,
  lateMajorMinutes,
  lateMajorFineFen,
  lateBeyondCategory,
  refusalFineFen,
  refusalDismissCount,
  refusalWindowMonths,
  sealUnapprovedFineFen,
  sealHarmFineFen,
  warningApprovers,
  fineApprovers,
  demotionApprovers,
  dismissalApprovers,
];
