import { z } from 'zod';
import { definePolicy } from '../../platform/policies/define.js';

/**
 * OPS-5: how long the figures of a 工作台 and of the 销售状况一览表 are served from the copy
 * computed last (per process, per reader's scope) before they are computed again; every answer
 * says when its figures were computed. 0 computes every request afresh. ADR 26.
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

/**
 * OPS-5: a copy older than workbench.cacheMinutes but not older than this is still shown at once
 * (with the time it was computed) while new figures are computed for the next reader; an older
 * copy is not shown — the reader waits for new figures. ADR 26.
 */
export const workbenchStaleMinutes = definePolicy({
  id: 'workbench.staleMinutes',
  schema: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  default: 30,
  unit: 'minutes',
  label: { 'zh-CN': '工作台旧数据最长沿用', en: 'Home page figures: longest shown while refreshing' },
  description: {
    'zh-CN':
      '超过刷新间隔但不超过该分钟数的数据先照常显示（注明截至时间），同时在后台重新计算；更旧的数据不再显示，等待重新计算',
    en: 'Figures past the refresh interval but not older than this many minutes are shown at once (with the time they were computed) while new ones are computed; older figures are not shown, the reader waits for new ones',
  },
  ruleIds: ['OPS-5'],
  chapter: 'OPS',
});
