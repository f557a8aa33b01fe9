import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

/** OPS-8/INC-4: a training score at or above this is excellent (and earns extra points). */
export const excellentScore = definePolicy({
  id: 'training.excellentScore',
  schema: z.number().int().min(1).max(100),
  default: 90,
  unit: 'count',
  label: { 'zh-CN': '培训优秀分数线', en: 'Excellent training score' },
  description: {
    'zh-CN': '培训成绩达到该分数（0–100 分制）即为优秀，按积分制度另加积分；也可由组织者直接评为优秀',
    en: 'A training score at or above this (out of 100) is excellent and earns extra points under the points rules; the organiser may also mark a result excellent',
  },
  ruleIds: ['OPS-8', 'INC-4'],
  chapter: 'OPS',
});
