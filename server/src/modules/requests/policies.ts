import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'ORG';
const fen = z.number().int().min(0).max(1_000_000_000_000);

/** Above this amount a general request also goes to the sales director. */
export const directorThresholdFen = definePolicy({
  id: 'requests.directorThresholdFen',
  schema: fen,
  default: 5_000_000,
  unit: 'fen',
  label: { 'zh-CN': '通用申请：需总监审批的金额', en: 'General request: amount needing the director' },
  description: {
    'zh-CN': '通用申请金额高于此值时，在直属上级和销售经理之后还须销售总监审批（逐级审批，ORG-3）',
    en: 'Above this amount a general request also needs the sales director, after the superior and the sales manager (ORG-3)',
  },
  ruleIds: ['ORG-3'],
  chapter,
});

/** Above this amount a general request also goes to the general manager. */
export const gmThresholdFen = definePolicy({
  id: 'requests.gmThresholdFen',
  schema: fen,
  default: 20_000_000,
  unit: 'fen',
  label: { 'zh-CN': '通用申请：需总经理审批的金额', en: 'General request: amount needing the GM' },
  description: {
    'zh-CN': '通用申请金额高于此值时，最后还须总经理审批',
    en: 'Above this amount a general request finally also needs the general manager',
  },
  ruleIds: ['ORG-3'],
  chapter,
});
