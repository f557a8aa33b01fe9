import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

/**
 * OPS-5: how long the figures of a 工作台 and of the 销售状况一览表 may be served from the copy
 * computed last (per process, per reader's scope); every answer says when it was computed. 0
 * computes every request afresh. ADR 26.
 */
export const workbenchCacheMinutes = definePolicy({
  id: 'workbench.cacheMinutes',
  schema: z.number().int().min(0).max(60),
  default: 1,
  unit: 'minutes',
  label: { 'zh-CN': '工作台数据刷新间隔', en: 'Home page figures refresh interval' },
  description: {
    'zh-CN':
      '工作台与销售状况一览表的数据最多沿用该分钟数后重新计算，页面注明数据截至时间；0 表示每次打开都重新计算',
    en: 'Figures of the home page and the sales status overview are reused for at most this many minutes before they are computed again; pages show the time they were computed. 0 computes them on every visit',
  },
  ruleIds: ['OPS-5'],
  chapter: 'OPS',
});
