import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const points = z.number().int().min(0).max(1_000_000);

/** A ratio as a decimal string (never a float): up to 6 digits before the point, 4 after. */
export const RATIO_TEXT = /^\d{1,6}(\.\d{1,4})?$/;

/** INC-3: basic points = confirmed sales (yuan) × this ratio (基础积分比例, set by the company). */
export const basicRatio = definePolicy({
  id: 'points.basicRatio',
  schema: z.string().trim().regex(RATIO_TEXT),
  default: '0.01',
  unit: 'text',
  label: { 'zh-CN': '基础积分比例（每元销售额）', en: 'Basic points per yuan of sales' },
  description: {
    'zh-CN': '基础积分 = 确认的销售额（元）× 本比例，不足 1 分的部分舍去；如 0.01 即每 100 元 1 分',
    en: 'Basic points = confirmed sales (yuan) × this ratio, fractions dropped; 0.01 is one point per 100 yuan',
  },
  ruleIds: ['INC-3'],
  chapter: 'INC',
});

/** INC-3: what counts as a sale for basic points: a contract signed, or money confirmed by finance. */
export const basicBasis = definePolicy({
  id: 'points.basicBasis',
  schema: z.enum(['signed', 'collected']),
  default: 'collected',
  unit: 'choice',
  label: { 'zh-CN': '基础积分口径', en: 'Basic points are earned on' },
  description: {
    'zh-CN': '签约：合同签订（经录入复核）时计；回款：财务确认到账时计',
    en: 'signed: when a contract is signed (entered and verified); collected: when finance confirms the money',
  },
  ruleIds: ['INC-3'],
  chapter: 'INC',
});

/** INC-5: basic points are valid this many months after their award (1 year). */
export const basicValidMonths = definePolicy({
  id: 'points.basicValidMonths',
  schema: z.number().int().min(1).max(120),
  default: 12,
  unit: 'count',
  label: { 'zh-CN': '基础积分有效期（月）', en: 'Basic points valid for (months)' },
  description: {
    'zh-CN': '基础积分自获得之日起在该月数内有效，过期自动失效',
    en: 'Basic points are valid for this many months after their award, then lapse',
  },
  ruleIds: ['INC-5'],
  chapter: 'INC',
});

/** INC-5: extra points are valid this many months after their award (6 months). */
export const extraValidMonths = definePolicy({
  id: 'points.extraValidMonths',
  schema: z.number().int().min(1).max(120),
  default: 6,
  unit: 'count',
  label: { 'zh-CN': '额外积分有效期（月）', en: 'Extra points valid for (months)' },
  description: {
    'zh-CN': '额外积分自获得之日起在该月数内有效，过期自动失效',
    en: 'Extra points are valid for this many months after their award, then lapse',
  },
  ruleIds: ['INC-5'],
  chapter: 'INC',
});

/** INC-4: the events that earn extra points (额外积分), each with its amount as a policy. */
export const extraRules = [
  'month_target_met',
  'quarter_target_met',
  'year_target_met',
  'high_satisfaction',
  'customer_praise',
  'training_excellent',
  'suggestion_adopted',
  'other_contribution',
] as const;
export type ExtraRule = (typeof extraRules)[number];

const extra = (key: string, dflt: number, zh: string, en: string, descZh: string, descEn: string) =>
  definePolicy({
    id: `points.${key}`,
    schema: points,
    default: dflt,
    unit: 'points',
    label: { 'zh-CN': zh, en },
    description: { 'zh-CN': descZh, en: descEn },
    ruleIds: ['INC-4'],
    chapter: 'INC',
  });

/** INC-4: the points each extra rule awards. */
export const extraPointsPolicies = {
  month_target_met: extra(
    'monthTargetMet',
    100,
    '完成月度目标奖励积分',
    'Extra points for meeting the month’s target',
    '月度销售目标完成（完成率 ≥ 100%）时自动奖励',
    'Awarded automatically when the month’s sales target is met (completion ≥ 100%)',
  ),
  quarter_target_met: extra(
    'quarterTargetMet',
    300,
    '完成季度目标奖励积分',
    'Extra points for meeting the quarter’s target',
    '季度销售目标完成时自动奖励',
    'Awarded automatically when the quarter’s sales target is met',
  ),
  year_target_met: extra(
    'yearTargetMet',
    1000,
    '完成年度目标奖励积分',
    'Extra points for meeting the year’s target',
    '年度销售目标完成时自动奖励',
    'Awarded automatically when the year’s sales target is met',
  ),
  high_satisfaction: extra(
    'highSatisfaction',
    50,
    '客户满意度高奖励积分',
    'Extra points for a high satisfaction score',
    '客户满意度评分达到优秀时奖励',
    'Awarded for an excellent customer satisfaction score',
  ),
  customer_praise: extra(
    'customerPraise',
    50,
    '客户表扬奖励积分',
    'Extra points for customer praise',
    '收到客户表扬时奖励',
    'Awarded when a customer praises the person',
  ),
  training_excellent: extra(
    'trainingExcellent',
    50,
    '培训成绩优秀奖励积分',
    'Extra points for an excellent training result',
    '培训考核成绩优秀时奖励',
    'Awarded for an excellent training result',
  ),
  suggestion_adopted: extra(
    'suggestionAdopted',
    30,
    '合理化建议被采纳奖励积分',
    'Extra points for an adopted suggestion',
    '提出的建议被公司采纳时奖励',
    'Awarded when the company adopts the person’s suggestion',
  ),
  other_contribution: extra(
    'otherContribution',
    50,
    '其他贡献奖励积分',
    'Extra points for another contribution',
    '其他突出贡献，经审批后奖励',
    'Another notable contribution, awarded once approved',
  ),
} satisfies Record<ExtraRule, unknown>;

/** INC-4: the extra rules a person proposes by hand (the others are awarded automatically). */
export const manualRules = [
  'customer_praise',
  'training_excellent',
  'suggestion_adopted',
  'other_contribution',
] as const satisfies readonly ExtraRule[];
export type ManualRule = (typeof manualRules)[number];
/**
 * INC-4: what a person may propose today. Customer praise, an excellent training result and an
 * adopted suggestion are awarded by their modules' events (SVC-3, OPS-8, OPS-9), so proposing
 * them by hand would pay twice; requests made before keep their rule.
 */
export const proposableRules = ['other_contribution'] as const satisfies readonly ManualRule[];

/** INC-4: the satisfaction score (percent satisfied) from which a month's satisfaction counts as high. */
export const highSatisfactionPct = definePolicy({
  id: 'points.highSatisfactionPct',
  schema: z.number().min(0).max(100),
  default: 95,
  unit: 'percent',
  label: { 'zh-CN': '满意度高的标准（%）', en: 'High satisfaction from (%)' },
  description: {
    'zh-CN': '月度客户满意度达到该百分比即为满意度高，月结时自动奖励额外积分（满意度尚无数据来源时不计）',
    en: 'A month’s customer satisfaction at or above this percent is high; extra points are awarded at the month close (not while satisfaction has no source)',
  },
  ruleIds: ['INC-4', 'PLAN-5'],
  chapter: 'INC',
});

/**
 * INC-4/ORG-3: who approves a manual award of extra points — by default the proposer's direct
 * superior (a supervisor's proposal goes to the sales manager); the proposer never approves it.
 */
export const awardApprovers = defineApproverChain({
  id: 'points.awardApprovers',
  label: { 'zh-CN': '额外积分奖励审批人', en: 'Extra points award approvers' },
  description: {
    'zh-CN':
      '手工申请的额外积分（客户表扬、培训优秀、建议采纳、其他贡献）依次由这些人审批（默认：申请人的直属上级）',
    en: 'Manually proposed extra points (customer praise, training, adopted suggestion, other contribution) are approved by these people in turn (default: the proposer’s direct superior)',
  },
  ruleIds: ['INC-4', 'ORG-3'],
  chapter: 'INC',
  default: [{ kind: 'superior' }],
});

/** INC-5: how many days ahead a person is told which points expire (a hint on 我的积分). */
export const expiryNoticeDays = definePolicy({
  id: 'points.expiryNoticeDays',
  schema: z.number().int().min(1).max(365),
  default: 30,
  unit: 'count',
  label: { 'zh-CN': '积分到期提醒（天）', en: 'Points expiry notice (days)' },
  description: {
    'zh-CN': '我的积分页提示在该天数内将到期的积分',
    en: 'My points shows the points that expire within this many days',
  },
  ruleIds: ['INC-5'],
  chapter: 'INC',
});

export const pointsPolicies = [
  expiryNoticeDays,
  highSatisfactionPct,
  awardApprovers,
  basicRatio,
  basicBasis,
  basicValidMonths,
  extraValidMonths,
  ...Object.values(extraPointsPolicies),
];
