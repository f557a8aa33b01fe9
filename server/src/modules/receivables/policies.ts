import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

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
