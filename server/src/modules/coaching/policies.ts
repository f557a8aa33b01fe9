import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

/**
 * PLAN-6: how many working days a superior has to coach a person found behind target (辅导),
 * counted from the day the daily check finds them; the coaching to-do is due at the end of
 * that day, and the usual deadline ladder follows.
 */
export const coachingDays = definePolicy({
  id: 'plan.coachingDays',
  schema: z.number().int().min(1).max(30),
  default: 3,
  unit: 'days',
  label: { 'zh-CN': '落后辅导期限（工作日）', en: 'Coaching due within (working days)' },
  description: {
    'zh-CN': '发现销售人员本月完成率落后时间进度超过落后阈值后，直接上级须在该工作日数内完成辅导并记录',
    en: 'Once a person’s completion this month trails the pace by more than the behind threshold, their direct superior coaches them and records it within this many working days',
  },
  ruleIds: ['PLAN-6'],
  chapter: 'PLAN',
});
