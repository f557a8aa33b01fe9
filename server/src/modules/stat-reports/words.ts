import type { Localized } from '../../platform/i18n/lang.js';
import { period } from '../../platform/periods/periods.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A report's period in words: 2026年2月 / February 2026; 2026年第12周 / Week 12 of 2026. */
export function periodWords(code: string): Localized {
  const p = period(code);
  const year = code.slice(0, 4);
  if (p.kind === 'week') {
    const week = Number(code.slice(6));
    return { 'zh-CN': `${year}年第${week}周`, en: `Week ${week} of ${year}` };
  }
  const month = Number(code.slice(5, 7));
  return { 'zh-CN': `${year}年${month}月`, en: `${MONTHS[month - 1]} ${year}` };
}

/** The kind of report in words. */
export const kindWords: Record<'monthly' | 'weekly', Localized> = {
  monthly: { 'zh-CN': '月度统计报表', en: 'Monthly statistics report' },
  weekly: { 'zh-CN': '周统计报表', en: 'Weekly statistics report' },
};
