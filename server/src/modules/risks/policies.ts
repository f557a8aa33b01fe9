import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'RISK';
const score = z.number().int().min(1).max(25);
const oneToFive = z.number().int().min(1).max(5);

/**
 * RISK-1: the level bands of a risk's score (likelihood × impact, 1–25): the lowest score that is
 * medium, high and critical; below medium it is low.
 */
export const riskLevelBands = definePolicy({
  id: 'risk.levelBands',
  schema: z
    .object({ medium: score, high: score, critical: score })
    .refine((b) => b.medium < b.high && b.high < b.critical, {
      message: 'medium < high < critical',
      path: ['high'],
    }),
  default: { medium: 5, high: 10, critical: 17 },
  unit: 'count',
  label: { 'zh-CN': '风险等级分界', en: 'Risk level bands' },
  description: {
    'zh-CN': '风险分值（可能性 × 影响，1–25）达到多少分为中、高、重大风险；低于“中”为低风险',
    en: 'The score (likelihood × impact, 1–25) from which a risk is medium, high and critical; below medium it is low',
  },
  ruleIds: ['RISK-1'],
  chapter,
});

/** RISK-1: how many days after it is raised or reviewed a risk is reviewed again (the default review date). */
export const riskReviewDays = definePolicy({
  id: 'risk.reviewDays',
  schema: z.number().int().min(1).max(365),
  default: 30,
  unit: 'days',
  label: { 'zh-CN': '风险复核周期', en: 'Risk review interval' },
  description: {
    'zh-CN': '系统登记的风险在登记后多少天由责任人复核（到期进入待办，逾期逐级上报）',
    en: 'How many days after a system risk is raised its owner reviews it (due in the to-do list, escalated when missed)',
  },
  ruleIds: ['RISK-1'],
  chapter,
});

/** RISK-1/AR-8: how long a customer with a bad debt written off stays a credit risk. */
export const riskWriteOffWatchDays = definePolicy({
  id: 'risk.writeOffWatchDays',
  schema: z.number().int().min(1).max(3650),
  default: 365,
  unit: 'days',
  label: { 'zh-CN': '坏账核销风险观察期', en: 'Write-off watch period' },
  description: {
    'zh-CN': '客户有坏账核销获批后，在多少天内视为信用风险（自动登记，期满自动关闭）',
    en: 'For how many days after a bad-debt write-off is approved the customer counts as a credit risk (raised and closed by the system)',
  },
  ruleIds: ['RISK-1', 'AR-8'],
  chapter,
});

/** RISK-1: the likelihood and impact a system risk is raised with, per signal. */
export const riskSignalScores = definePolicy({
  id: 'risk.signalScores',
  schema: z.object({
    over_limit: z.object({ likelihood: oneToFive, impact: oneToFive }),
    legal_overdue: z.object({ likelihood: oneToFive, impact: oneToFive }),
    written_off: z.object({ likelihood: oneToFive, impact: oneToFive }),
  }),
  default: {
    over_limit: { likelihood: 3, impact: 3 },
    legal_overdue: { likelihood: 4, impact: 4 },
    written_off: { likelihood: 4, impact: 5 },
  },
  unit: 'count',
  label: { 'zh-CN': '信用风险初始评分', en: 'Credit risk scores' },
  description: {
    'zh-CN': '系统自动登记的客户信用风险（超信用额度、逾期达法务审查、坏账核销）的可能性与影响（各 1–5）',
    en: 'The likelihood and impact (each 1–5) of the customer-credit risks the system raises (over the credit limit, overdue to legal review, written off)',
  },
  ruleIds: ['RISK-1', 'CUS-9', 'AR-8'],
  chapter,
});

/**
 * RISK-1/ORG-3: who owns a customer-credit risk the system raises: the first step of this chain,
 * walking up from the customer's owner (default: the owner's direct superior).
 */
export const riskCreditOwner = defineApproverChain({
  id: 'risk.creditOwner',
  label: { 'zh-CN': '信用风险责任人', en: 'Credit risk owner' },
  description: {
    'zh-CN': '系统登记的客户信用风险由谁负责（取第一步；默认：客户负责人的直接上级）',
    en: "Who owns a customer-credit risk the system raises (the first step; default: the customer owner's direct superior)",
  },
  ruleIds: ['RISK-1', 'ORG-3'],
  chapter,
  default: [{ kind: 'superior' }],
});
