import type { Localized } from '../../../platform/i18n/lang.js';

/**
 * PLAN-3: the layout of the Excel target sheet, the same for export and import: name, type and
 * code of each child (the code — a unit's code or a person's username — says whom a row is
 * for), the year, January … December, and the rest (year − months, not read back).
 */
export const COL = { name: 0, type: 1, code: 2, year: 3, firstMonth: 4, rest: 16 } as const;

export const headers: Localized[] = [
  { 'zh-CN': '下级', en: 'Child' },
  { 'zh-CN': '类型', en: 'Type' },
  { 'zh-CN': '编码/账号', en: 'Code / username' },
  { 'zh-CN': '全年', en: 'Year' },
  ...Array.from({ length: 12 }, (_v, i) => ({ 'zh-CN': `${i + 1}月`, en: `Month ${i + 1}` })),
  { 'zh-CN': '剩余（全年−各月）', en: 'Rest (year − months)' },
];
