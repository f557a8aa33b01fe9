import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';
import { customerTypes } from '../customers/index.js';

const chapter = 'AR';

/** AR-1: the default instalment is due this many days after the signing date. */
export const collectionDays = definePolicy({
  id: 'ar.collectionDays',
  schema: z.number().int().min(0).max(365),
  default: 30,
  unit: 'days',
  label: { 'zh-CN': '回款期限', en: 'Collection period' },
  description: {
    'zh-CN':
      '合同签订后须在此天数内回款：签约时默认生成一期回款计划，到期日为签订日加此天数（已签合同不受修改影响）',
    en: 'Money is due this many days after signing: the default single instalment falls due on the signing date plus this (signed contracts keep their dates)',
  },
  ruleIds: ['AR-1'],
  chapter,
});

/** AR-5: an instalment is "due soon" this many days before its due date. */
export const dueSoonDays = definePolicy({
  id: 'ar.dueSoonDays',
  schema: z.number().int().min(0).max(90),
  default: 7,
  unit: 'days',
  label: { 'zh-CN': '即将到期提醒天数', en: 'Due-soon window' },
  description: {
    'zh-CN': '到期日前此天数内的回款计划显示为“即将到期”，并列入月末催款',
    en: 'Instalments due within this many days show as due soon and join the month-end dunning run',
  },
  ruleIds: ['AR-5', 'AR-6'],
  chapter,
});

/** AR-2: the largest payment accepted in cash; above it the money comes by transfer, card or bill. */
export const cashLimitFen = definePolicy({
  id: 'ar.cashLimitFen',
  schema: z.number().int().min(0).max(1_000_000_000_000),
  default: 5_000_000,
  unit: 'fen',
  label: { 'zh-CN': '现金收款上限', en: 'Cash payment limit' },
  description: {
    'zh-CN': '单笔现金回款不得超过此金额，超出须通过银行转账、POS 刷卡或承兑汇票',
    en: 'A single cash payment may not exceed this; above it, bank transfer, card or acceptance bill',
  },
  ruleIds: ['AR-2'],
  chapter,
});

/**
 * AR-2: credit terms by customer type — days to pay after signing for a type that has its own
 * terms (e.g. distributors); types not listed use `ar.collectionDays`.
 */
export const collectionDaysByCustomerType = definePolicy({
  id: 'ar.collectionDaysByCustomerType',
  schema: z.partialRecord(z.enum(customerTypes), z.number().int().min(0).max(365)),
  default: {},
  unit: 'days',
  label: { 'zh-CN': '按客户类别的回款期限', en: 'Collection period by customer type' },
  description: {
    'zh-CN': '为某类客户（如经销商、代理商）单独设定签约后回款天数；未列出的类别按统一回款期限',
    en: 'Days to pay after signing for customer types with their own terms (e.g. distributors); others use the collection period',
  },
  ruleIds: ['AR-1', 'AR-2'],
  chapter,
});

/**
 * AR-4: separation of duties — whether the person who recorded a payment may also confirm it.
 * Off by default: a payment entered by finance is confirmed by another finance person.
 */
export const confirmOwnPayment = definePolicy({
  id: 'ar.confirmOwnPayment',
  schema: z.boolean(),
  default: false,
  unit: 'choice',
  label: { 'zh-CN': '录入人可确认自己录入的回款', en: 'Recorder may confirm their own payment' },
  description: {
    'zh-CN': '关闭时（默认），回款须由录入人以外的财务人员确认；开启后录入回款的财务人员也可自行确认',
    en: 'When off (the default) a payment is confirmed by someone other than the person who recorded it; when on, finance may confirm what it recorded itself',
  },
  ruleIds: ['AR-4'],
  chapter,
});

/**
 * AR-1: who approves a change of a signed contract's payment plan, and a plan entered at signing
 * with an instalment beyond the collection period: the nearest sales manager, then finance.
 */
export const planChangeApprovers = defineApproverChain({
  id: 'ar.planChangeApprovers',
  label: { 'zh-CN': '回款计划变更审批人', en: 'Payment plan change approvers' },
  description: {
    'zh-CN':
      '回款计划变更、以及签约时录入的超出回款期限的分期计划，依次由这些人审批（默认：上级链中最近的销售经理，然后财务）',
    en: 'A payment plan change, and a split entered at signing with an instalment beyond the collection period, is approved by these people in turn (default: the nearest sales manager up the chain, then finance)',
  },
  ruleIds: ['AR-1'],
  chapter,
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'role', role: 'finance' },
  ],
});
