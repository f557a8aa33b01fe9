import { z } from 'zod';
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

export const pointsPolicies = [
  basicRatio,
  basicBasis,
  basicValidMonths,
  extraValidMonths,
  ...Object.values(extraPointsPolicies),
];
