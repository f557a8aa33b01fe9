import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'VIS';

/** VIS-3: the purposes a visit may have (拜访目的). */
export const visitPurposeCodes = [
  'market_research',
  'competitor_info',
  'maintenance',
  'collect_payment',
  'new_customer',
  'new_product',
  'coverage',
] as const;

/** VIS-3: which purposes plan lines and visits may name. */
export const visitPurposes = definePolicy({
  id: 'visit.purposes',
  schema: z.array(z.enum(visitPurposeCodes)).min(1).max(visitPurposeCodes.length),
  default: [...visitPurposeCodes],
  unit: 'choice',
  label: { 'zh-CN': '拜访目的', en: 'Visit purposes' },
  description: {
    'zh-CN':
      '拜访计划和拜访记录可选的拜访目的：市场调查、收集竞争对手信息、客户维护、收款、开发新客户、新产品介绍、覆盖拜访',
    en: 'The purposes plan lines and visits may name: market research, competitor information, customer maintenance, collecting payment, new customer, new product introduction, coverage',
  },
  ruleIds: ['VIS-3'],
  chapter,
});
