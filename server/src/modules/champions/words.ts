import type { Localized } from '../../platform/i18n/lang.js';
import { period } from '../../platform/periods/periods.js';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** A champion's period in words: 2026年3月 / March 2026; 2026年第1季度 / Q1 2026; 2026年 / 2026. */
export function periodWords(code: string): Localized {
  const p = period(code);
  const year = code.slice(0, 4);
  if (p.kind === 'quarter')
    return { 'zh-CN': `${year}年第${code.slice(6)}季度`, en: `Q${code.slice(6)} ${year}` };
  if (p.kind === 'year') return { 'zh-CN': `${year}年`, en: year };
  const month = Number(code.slice(5, 7));
  return { 'zh-CN': `${year}年${month}月`, en: `${MONTHS[month - 1]} ${year}` };
}

/** Monthly / quarterly / annual champion, in words. */
export const titleWords: Record<'month' | 'quarter' | 'year', Localized> = {
  month: { 'zh-CN': '月度销售冠军', en: 'monthly sales champion' },
  quarter: { 'zh-CN': '季度销售冠军', en: 'quarterly sales champion' },
  year: { 'zh-CN': '年度销售冠军', en: 'annual sales champion' },
};
