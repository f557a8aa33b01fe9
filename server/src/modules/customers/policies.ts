import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';
import { customerTypes } from './tables.js';

const chapter = 'CUS';
const days = z.number().int().min(1).max(3650);

/** CUS-1: the customer levels a company uses (A/B/C …), most valuable first. */
export const customerLevels = definePolicy({
  id: 'customer.levels',
  schema: z.array(z.string().trim().min(1).max(20)).min(1).max(20),
  default: ['A', 'B', 'C', 'D'],
  unit: 'choice',
  label: { 'zh-CN': '客户等级', en: 'Customer levels' },
  description: {
    'zh-CN': '客户等级列表，价值高的在前（如 A、B、C、D）',
    en: 'The customer levels, most valuable first (e.g. A, B, C, D)',
  },
  ruleIds: ['CUS-1'],
  chapter,
});

/** Public pool: a customer with no follow-up for this many days (per level) returns to the pool. */
export const poolDaysByLevel = definePolicy({
  id: 'customer.poolDaysByLevel',
  schema: z.record(z.string(), days).refine((v) => Object.keys(v).length > 0, {
    message: 'at least one level',
  }),
  default: { A: 90, B: 60, C: 30, D: 15 },
  unit: 'days',
  label: {
    'zh-CN': '未跟进退回公海天数（按等级）',
    en: 'Days without follow-up before return to pool (per level)',
  },
  description: {
    'zh-CN': '客户连续多少天没有跟进记录即退回公海；按客户等级分别设定，未列出的等级用最小值',
    en: 'A customer with no follow-up for this many days returns to the public pool; set per level (a level not listed uses the smallest value)',
  },
  ruleIds: ['CUS-8'],
  chapter,
});

export const poolWarningDays = definePolicy({
  id: 'customer.poolWarningDays',
  schema: z.number().int().min(0).max(365),
  default: 7,
  unit: 'days',
  label: { 'zh-CN': '退回公海提前预警天数', en: 'Warning before return to pool' },
  description: {
    'zh-CN': '客户退回公海前多少天提醒负责人',
    en: 'How many days before a customer returns to the pool its owner is warned',
  },
  ruleIds: ['CUS-8'],
  chapter,
});

export const poolDailyClaimCap = definePolicy({
  id: 'customer.poolDailyClaimCap',
  schema: z.number().int().min(0).max(1000),
  default: 5,
  unit: 'customers',
  label: { 'zh-CN': '每人每日公海领取上限', en: 'Daily pool claims per rep' },
  description: {
    'zh-CN': '每位销售每天最多从公海领取的客户数',
    en: 'How many customers a rep may claim from the pool per day',
  },
  ruleIds: ['CUS-1'],
  chapter,
});

export const reclaimWaitDays = definePolicy({
  id: 'customer.reclaimWaitDays',
  schema: z.number().int().min(0).max(3650),
  default: 30,
  unit: 'days',
  label: { 'zh-CN': '原负责人重新领取等待天数', en: 'Reclaim wait for the previous owner' },
  description: {
    'zh-CN': '客户退回公海后，原负责人要等多少天才能重新领取',
    en: 'How many days after a customer returned to the pool its previous owner must wait before claiming it again',
  },
  ruleIds: ['CUS-1'],
  chapter,
});

export const ownedCustomerCap = definePolicy({
  id: 'customer.ownedCap',
  schema: z.number().int().min(1).max(100000),
  default: 300,
  unit: 'customers',
  label: { 'zh-CN': '每人负责客户上限', en: 'Customers owned per rep (cap)' },
  description: {
    'zh-CN': '一位销售同时负责的客户数上限（领取、分配、新建时检查）',
    en: 'The most customers one rep may own at a time (checked on claim, reassignment and create)',
  },
  ruleIds: ['CUS-1'],
  chapter,
});

const criterion = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  weight: z.number().int().min(0).max(100),
});

/** CUS-4: what a lead's potential value is assessed on, and how much each weighs (weights sum to 100). */
export const qualificationCriteria = definePolicy({
  id: 'customer.qualificationCriteria',
  schema: z
    .array(criterion)
    .min(1)
    .max(12)
    .refine((list) => list.reduce((sum, c) => sum + c.weight, 0) === 100, {
      message: 'weights must sum to 100',
    }),
  default: [
    { key: 'budget', label: { 'zh-CN': '预算', en: 'Budget' }, weight: 30 },
    { key: 'need', label: { 'zh-CN': '需求明确度', en: 'Clarity of need' }, weight: 30 },
    { key: 'authority', label: { 'zh-CN': '决策权', en: 'Decision authority' }, weight: 20 },
    { key: 'timing', label: { 'zh-CN': '采购时间', en: 'Timing' }, weight: 20 },
  ],
  unit: 'percent',
  label: { 'zh-CN': '潜在价值评估标准', en: 'Lead qualification criteria' },
  description: {
    'zh-CN': '评估线索潜在价值的各项标准及权重（权重合计 100；每项打 0–5 分）',
    en: 'Criteria a lead is scored on and their weights (weights sum to 100; each scored 0–5)',
  },
  ruleIds: ['CUS-4'],
  chapter,
});

export const qualifiedScore = definePolicy({
  id: 'customer.qualifiedScore',
  schema: z.number().int().min(0).max(100),
  default: 60,
  unit: 'points',
  label: { 'zh-CN': '线索转客户最低评分', en: 'Score needed to convert a lead' },
  description: {
    'zh-CN': '线索潜在价值评分达到多少才能转为客户',
    en: 'The potential-value score a lead needs before it can be converted to a customer',
  },
  ruleIds: ['CUS-4'],
  chapter,
});

export const greetingDaysBefore = definePolicy({
  id: 'customer.greetingDaysBefore',
  schema: z.number().int().min(0).max(60),
  default: 3,
  unit: 'days',
  label: { 'zh-CN': '节日/生日问候提前天数', en: 'Greeting reminder lead time' },
  description: {
    'zh-CN': '联系人生日和节日前多少天给客户负责人生成问候待办',
    en: 'How many days before a contact birthday or a festival the customer owner gets a greeting to-do',
  },
  ruleIds: ['CUS-7'],
  chapter,
});

export const festivalKeys = [
  'newYear',
  'springFestival',
  'lanternFestival',
  'dragonBoat',
  'midAutumn',
  'nationalDay',
] as const;

export const greetingFestivals = definePolicy({
  id: 'customer.greetingFestivals',
  schema: z.array(z.enum(festivalKeys)).max(festivalKeys.length),
  default: [...festivalKeys],
  unit: 'choice',
  label: { 'zh-CN': '问候的节日', en: 'Festivals to greet customers on' },
  description: {
    'zh-CN': '哪些节日提醒负责人问候客户（元旦、春节、元宵、端午、中秋、国庆；农历按万年历换算）',
    en: 'Which festivals remind owners to greet customers (New Year, Spring Festival, Lantern, Dragon Boat, Mid-Autumn, National Day; lunar dates converted by calendar)',
  },
  ruleIds: ['CUS-7'],
  chapter,
});

/**
 * CUS-1 (no 撞单): a new customer matching an existing one by name, credit code or phone is
 * refused — except for the customer types listed here (default: none).
 */
export const duplicatesAllowedTypes = definePolicy({
  id: 'customer.duplicatesAllowedTypes',
  schema: z.array(z.enum(customerTypes)).max(customerTypes.length),
  default: [],
  unit: 'choice',
  label: { 'zh-CN': '允许重复建档的客户类型', en: 'Customer types that may duplicate' },
  description: {
    'zh-CN':
      '新建或导入的客户与已有客户名称、统一社会信用代码或电话相同时拒绝建档（防撞单）；此处列出的客户类型除外（默认：无）',
    en: 'A new or imported customer whose name, unified social credit code or phone matches an existing customer is refused (no double-claiming); the customer types listed here are exempt (default: none)',
  },
  ruleIds: ['CUS-1'],
  chapter,
});

/**
 * ORG-5 (客户名单不得泄露): whether sales reps may export their customer list. Off by default:
 * supervisors and above export.
 */
export const repsMayExport = definePolicy({
  id: 'customer.repsMayExport',
  schema: z.boolean(),
  default: false,
  unit: 'choice',
  label: { 'zh-CN': '销售代表可导出客户名单', en: 'Sales reps may export customers' },
  description: {
    'zh-CN': '客户名单不得泄露：关闭时（默认）只有主管及以上可导出客户名单；开启后销售代表也可导出自己的客户',
    en: 'Customer lists are confidential: when off (the default) only supervisors and above export the customer list; when on, reps may export their own customers too',
  },
  ruleIds: ['ORG-5'],
  chapter,
});

/**
 * CUS-1 (no 撞单): who approves a request to collaborate on, or take over, another rep's customer
 * found as a duplicate — walked up the existing owner's chain (default: the owner's superior).
 */
export const duplicateRequestApprovers = defineApproverChain({
  id: 'customer.duplicateRequestApprovers',
  label: { 'zh-CN': '撞单协作/转移申请审批人', en: 'Duplicate customer: collaboration/transfer approvers' },
  description: {
    'zh-CN':
      '新建客户与他人客户重复时，申请协作或转移由这些人审批，按现负责人的上级链确定（默认：现负责人的直属上级）',
    en: "When a new customer duplicates someone else's, a request to collaborate or for a transfer is approved by these people, up the current owner's chain (default: the owner's direct superior)",
  },
  ruleIds: ['CUS-1'],
  chapter,
  default: [{ kind: 'superior' }],
});
