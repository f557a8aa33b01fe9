import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'SVC';

const ZQuestion = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,29}$/),
  'zh-CN': z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(200),
});

/** SVC-2: the questions a survey asks, each scored 1–5 (a copy goes with each survey sent). */
export const surveyQuestions = definePolicy({
  id: 'satisfaction.questions',
  schema: z
    .array(ZQuestion)
    .min(1)
    .max(10)
    .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length),
  default: [
    {
      key: 'service',
      'zh-CN': '您对销售代表的服务态度满意吗？',
      en: 'How satisfied are you with the service of your sales representative?',
    },
    {
      key: 'response',
      'zh-CN': '您的问题是否得到了及时响应？',
      en: 'Were your questions answered promptly?',
    },
    {
      key: 'product',
      'zh-CN': '您对我们的产品质量满意吗？',
      en: 'How satisfied are you with the quality of our products?',
    },
    { key: 'overall', 'zh-CN': '总体而言，您对我们满意吗？', en: 'Overall, how satisfied are you with us?' },
  ],
  unit: 'text',
  label: { 'zh-CN': '满意度调查问题', en: 'Satisfaction survey questions' },
  description: {
    'zh-CN': '满意度调查的问题（每题 1–5 分，另可填写意见）；每份调查发送时保存当时的问题',
    en: 'The questions of a satisfaction survey (each scored 1–5, plus a comment); each survey keeps the questions in force when it was sent',
  },
  ruleIds: ['SVC-2'],
  chapter,
});

/** SVC-2: how long a survey link works. */
export const surveyLinkDays = definePolicy({
  id: 'satisfaction.linkValidDays',
  schema: z.number().int().min(1).max(90),
  default: 14,
  unit: 'days',
  label: { 'zh-CN': '调查链接有效期（天）', en: 'Survey link valid for (days)' },
  description: {
    'zh-CN': '满意度调查链接自发送起在该天数内有效，过期后不能再回答',
    en: 'A survey link works for this many days after it is sent; after that it can no longer be answered',
  },
  ruleIds: ['SVC-2'],
  chapter,
});

/** SVC-2: the score (mean of a survey's answered questions) from which a customer counts as satisfied. */
export const satisfiedScore = definePolicy({
  id: 'satisfaction.satisfiedScore',
  schema: z.number().min(1).max(5).multipleOf(0.1),
  default: 4,
  unit: 'count',
  label: { 'zh-CN': '满意分数线', en: 'Satisfied from score' },
  description: {
    'zh-CN':
      '一份调查的得分（已答题目的平均分，1–5）达到该分数即计为“满意”；满意度 = 满意的调查 ÷ 已回答的调查',
    en: 'A survey whose score (the mean of its answered questions, 1–5) reaches this counts as satisfied; satisfaction = satisfied surveys ÷ answered surveys',
  },
  ruleIds: ['SVC-2', 'PLAN-5'],
  chapter,
});

/** SVC-2: a survey after each resolved service ticket. */
export const surveyAfterTicket = definePolicy({
  id: 'satisfaction.afterTicket',
  schema: z.boolean(),
  default: true,
  unit: 'choice',
  label: { 'zh-CN': '工单解决后发送调查', en: 'Survey after a resolved ticket' },
  description: {
    'zh-CN': '服务工单解决后，自动向客户发送一份满意度调查（评价工单负责人）',
    en: 'When a service ticket is resolved, the customer is sent a satisfaction survey about the ticket owner',
  },
  ruleIds: ['SVC-2'],
  chapter,
});

/** SVC-2: a survey after each accepted delivery. */
export const surveyAfterDelivery = definePolicy({
  id: 'satisfaction.afterDelivery',
  schema: z.boolean(),
  default: true,
  unit: 'choice',
  label: { 'zh-CN': '验收后发送调查', en: 'Survey after an accepted delivery' },
  description: {
    'zh-CN': '客户验收订单后，自动向客户发送一份满意度调查（评价订单的销售代表）',
    en: 'When the customer accepts a delivered order, they are sent a satisfaction survey about the order’s sales rep',
  },
  ruleIds: ['SVC-2'],
  chapter,
});

/** SVC-2: a survey of each owned customer every N months (0: never). */
export const surveyEveryMonths = definePolicy({
  id: 'satisfaction.everyMonths',
  schema: z.number().int().min(0).max(24),
  default: 0,
  unit: 'count',
  label: { 'zh-CN': '定期调查间隔（月）', en: 'Regular survey every (months)' },
  description: {
    'zh-CN':
      '每隔该月数，向每个有负责人的客户发送一份满意度调查（期间已收到调查的客户除外）；0 表示不定期发送',
    en: 'Every this many months each customer with an owner is sent a satisfaction survey (unless it received one in that time); 0 turns this off',
  },
  ruleIds: ['SVC-2'],
  chapter,
});

/** SVC-2: where customers open the survey links (the web app's public address, for the mail). */
export const surveyLinkBase = definePolicy({
  id: 'satisfaction.linkBase',
  schema: z.url().max(200),
  default: 'http://localhost:3000',
  unit: 'text',
  label: { 'zh-CN': '调查链接网址', en: 'Survey link address' },
  description: {
    'zh-CN': '客户打开满意度调查链接的网址（系统对外访问地址），用于邮件中的链接',
    en: 'The address customers open survey links at (the app’s public address), used in the mailed links',
  },
  ruleIds: ['SVC-2'],
  chapter,
  systemOnly: true,
});

export const satisfactionPolicies = [
  surveyQuestions,
  surveyLinkDays,
  satisfiedScore,
  surveyAfterTicket,
  surveyAfterDelivery,
  surveyEveryMonths,
  surveyLinkBase,
];
