import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

/**
 * OPS-10: the writer may correct an entry for this many days after recording it; later only
 * those above them (market_intel:write over the writer) change it.
 */
export const editDays = definePolicy({
  id: 'marketIntel.editDays',
  schema: z.number().int().min(0).max(365),
  default: 7,
  unit: 'days',
  label: { 'zh-CN': '市场信息可修改期（天）', en: 'Market information editable for (days)' },
  description: {
    'zh-CN': '登记人在登记后该天数内可修改自己的市场信息；之后仅其上级可修改',
    en: 'The writer may change their market information for this many days after recording it; after that only those above them may',
  },
  ruleIds: ['OPS-10'],
  chapter: 'OPS',
});
