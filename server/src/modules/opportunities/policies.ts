import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

const pct = z.number().int().min(0).max(100);

/** CUS-8: the win probability of each pipeline stage (weighted pipeline, funnel). */
export const stageProbability = definePolicy({
  id: 'opportunity.stageProbability',
  schema: z.object({ lead: pct, needs: pct, solution: pct, negotiation: pct, won: pct, lost: pct }),
  default: { lead: 10, needs: 20, solution: 40, negotiation: 70, won: 100, lost: 0 },
  unit: 'percent',
  label: { 'zh-CN': '商机各阶段赢单概率', en: 'Win probability per opportunity stage' },
  description: {
    'zh-CN': '线索、需求分析、方案、谈判、赢单、输单各阶段的赢单概率（%），用于加权预测',
    en: 'Win probability (%) of each stage: lead, needs analysis, solution, negotiation, won, lost — for the weighted forecast',
  },
  ruleIds: ['CUS-8'],
  chapter: 'CUS',
});
