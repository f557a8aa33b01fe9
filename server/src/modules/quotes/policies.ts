import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'Q2C';
const pct = z.number().int().min(0).max(100);

/** Q2C-3: the VAT rate a new quote starts with (percent). */
export const quoteTaxRatePct = definePolicy({
  id: 'quote.taxRatePct',
  schema: pct,
  default: 13,
  unit: 'percent',
  label: { 'zh-CN': '报价单默认税率', en: 'Default tax rate of quotes' },
  description: {
    'zh-CN': '新报价单的增值税税率（%），报价金额含税',
    en: 'VAT rate (%) of a new quote; quoted totals include tax',
  },
  ruleIds: ['Q2C-3'],
  chapter,
});

/** Q2C-3: how long a quote is valid by default. */
export const quoteValidityDays = definePolicy({
  id: 'quote.validityDays',
  schema: z.number().int().min(1).max(365),
  default: 30,
  unit: 'days',
  label: { 'zh-CN': '报价有效期', en: 'Quote validity' },
  description: {
    'zh-CN': '新报价单默认的有效天数，过期的报价单不能再发出或被接受',
    en: 'Days a new quote stays valid; an expired quote can no longer be sent or accepted',
  },
  ruleIds: ['Q2C-3'],
  chapter,
});

/**
 * Q2C-2: the discount off list price each role may give on its own (percent). A quote with a
 * larger discount, or a price under the floor, also needs the submitter's superior.
 */
export const quoteDiscountLimitPct = definePolicy({
  id: 'quote.discountLimitPct',
  schema: z.record(z.string(), pct),
  default: {
    sales_rep: 5,
    sales_supervisor: 8,
    sales_assistant: 0,
    sales_manager: 10,
    regional_manager: 12,
    sales_director: 20,
    gm: 30,
  },
  unit: 'percent',
  label: { 'zh-CN': '各岗位可自主给予的折扣上限', en: 'Discount each role may give on its own' },
  description: {
    'zh-CN': '按角色设定可自主给予的最大折扣（%）；超出或低于底价须逐级审批（不得私自调整产品价格）',
    en: 'Largest discount (%) each role may give alone; more, or a price under the floor, needs approval up the chain',
  },
  ruleIds: ['Q2C-2'],
  chapter,
});

/** Q2C-2: above this discount (percent) the sales director is in the quote's approval chain. */
export const quoteDirectorDiscountPct = definePolicy({
  id: 'quote.directorDiscountPct',
  schema: pct,
  default: 20,
  unit: 'percent',
  label: { 'zh-CN': '报价：需总监审批的折扣', en: 'Quote: discount needing the director' },
  description: {
    'zh-CN': '报价单中任一行折扣高于此值（%）时，审批链中加入销售总监',
    en: 'When any line of a quote is discounted more than this (%), the sales director joins the approval chain',
  },
  ruleIds: ['Q2C-2'],
  chapter,
});

/** Q2C-4: working days the supervisor has to acknowledge a reported order intent (end of that day). */
export const orderIntentAckWorkingDays = definePolicy({
  id: 'quote.orderIntentAckWorkingDays',
  schema: z.number().int().min(0).max(30),
  default: 1,
  unit: 'days',
  label: { 'zh-CN': '订单意向确认时限', en: 'Order intent acknowledgement' },
  description: {
    'zh-CN': '销售代表报告订单意向后，主管须在几个工作日内（当日结束前）确认',
    en: 'Working days (to the end of the day) within which the supervisor acknowledges a reported order intent',
  },
  ruleIds: ['Q2C-4'],
  chapter,
});

/**
 * Q2C-2/Q2C-3: who reviews a quote: a discount above the owner's own limit (or a price under the
 * floor) adds the direct superior first; the nearest sales manager always; a discount above the
 * director's threshold adds the sales director.
 */
export const quoteApprovers = defineApproverChain({
  id: 'quote.approvers',
  label: { 'zh-CN': '报价审批人', en: 'Quote approvers' },
  description: {
    'zh-CN':
      '报价单依次由这些人审批（默认：折扣超出本岗位权限或低于底价时先由直属上级；最近的销售经理；折扣超过总监阈值加销售总监）',
    en: "A quote is reviewed by these people in turn (default: the direct superior first when the discount exceeds the owner's limit or a price is under the floor; the nearest sales manager; above the director's discount the sales director)",
  },
  ruleIds: ['Q2C-2', 'Q2C-3'],
  chapter,
  default: [
    { kind: 'superior', when: { flag: 'overDiscountLimit' } },
    { kind: 'nearestRole', role: 'sales_manager' },
    {
      kind: 'nearestRole',
      role: 'sales_director',
      when: { measureAbove: { measure: 'discountPct', policy: quoteDirectorDiscountPct.id } },
    },
  ],
  measures: [
    {
      key: 'discountPct',
      label: { 'zh-CN': '最大折扣（%）', en: 'Largest discount (%)' },
      policies: [quoteDirectorDiscountPct],
    },
  ],
  flags: [
    {
      key: 'overDiscountLimit',
      label: {
        'zh-CN': '折扣超出本岗位权限或低于底价',
        en: "Discount above the owner's limit or a price under the floor",
      },
    },
  ],
});
