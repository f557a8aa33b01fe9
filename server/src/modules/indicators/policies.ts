import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'PLAN';

/**
 * PLAN-5: what "sales amount" (销售额) counts — contracts signed (`signed`) or money collected
 * (`collected`). Either way only confirmed records count: signed means entered and verified;
 * collected means confirmed by finance.
 */
export const salesBasis = definePolicy({
  id: 'plan.salesBasis',
  schema: z.enum(['signed', 'collected']),
  default: 'collected',
  unit: 'choice',
  label: { 'zh-CN': '销售额口径', en: 'Sales amount basis' },
  description: {
    'zh-CN': '销售额按已签约合同金额（signed）还是已确认回款金额（collected）计算；只计已确认的记录',
    en: 'Sales amount counts signed contracts (signed) or confirmed collections (collected); only confirmed records count',
  },
  ruleIds: ['PLAN-5'],
  chapter,
});

/** PLAN-6: ahead of target when completion exceeds the time-elapsed pace by more than this many points. */
export const aheadPct = definePolicy({
  id: 'plan.aheadPct',
  schema: z.number().int().min(0).max(100),
  default: 10,
  unit: 'percent',
  label: { 'zh-CN': '超前阈值', en: 'Ahead threshold' },
  description: {
    'zh-CN': '完成率高于时间进度超过该百分点，视为超前',
    en: 'Completion above the time-elapsed pace by more than this many points counts as ahead',
  },
  ruleIds: ['PLAN-6'],
  chapter,
});

/** PLAN-6: behind target when completion trails the time-elapsed pace by more than this many points. */
export const behindPct = definePolicy({
  id: 'plan.behindPct',
  schema: z.number().int().min(0).max(100),
  default: 10,
  unit: 'percent',
  label: { 'zh-CN': '落后阈值', en: 'Behind threshold' },
  description: {
    'zh-CN': '完成率低于时间进度超过该百分点，视为落后，须由上级辅导',
    en: 'Completion below the time-elapsed pace by more than this many points counts as behind, and the superior coaches',
  },
  ruleIds: ['PLAN-6'],
  chapter,
});
