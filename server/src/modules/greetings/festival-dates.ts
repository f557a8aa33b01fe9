import chineseDays from 'chinese-days';
import type { LocalDate } from '../../platform/deadlines/calendar.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { festivalKeys } from '../customers/index.js';

export type FestivalKey = (typeof festivalKeys)[number];

/**
 * CUS-7: the festivals customers are greeted on. Solar ones fall on a fixed month and day;
 * lunar ones (春节, 元宵, 端午, 中秋) are converted to the solar calendar by `chinese-days`.
 */
export const festivals: Record<
  FestivalKey,
  { label: Localized; calendar: 'solar' | 'lunar'; month: number; day: number }
> = {
  newYear: { label: { 'zh-CN': '元旦', en: 'New Year' }, calendar: 'solar', month: 1, day: 1 },
  springFestival: { label: { 'zh-CN': '春节', en: 'Spring Festival' }, calendar: 'lunar', month: 1, day: 1 },
  lanternFestival: {
    label: { 'zh-CN': '元宵节', en: 'Lantern Festival' },
    calendar: 'lunar',
    month: 1,
    day: 15,
  },
  dragonBoat: {
    label: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
    calendar: 'lunar',
    month: 5,
    day: 5,
  },
  midAutumn: {
    label: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' },
    calendar: 'lunar',
    month: 8,
    day: 15,
  },
  nationalDay: { label: { 'zh-CN': '国庆节', en: 'National Day' }, calendar: 'solar', month: 10, day: 1 },
};

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The solar date of a festival in a year. A lunar festival of lunar year Y falls in solar
 * year Y (春节 in January or February, 中秋 in September or October); in a year with a leap
 * month the festival is on the regular month, not the leap one.
 */
export function festivalDate(key: FestivalKey, year: number): LocalDate {
  const f = festivals[key];
  const date = `${year}-${two(f.month)}-${two(f.day)}`;
  return f.calendar === 'solar' ? date : chineseDays.getSolarDateFromLunar(date).date;
}

/** The festivals among `keys` whose date falls between `from` and `to` (inclusive), in date order. */
export function festivalsBetween(
  keys: readonly FestivalKey[],
  from: LocalDate,
  to: LocalDate,
): { festival: FestivalKey; date: LocalDate }[] {
  const found: { festival: FestivalKey; date: LocalDate }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const festival of keys) {
      const date = festivalDate(festival, year);
      if (date >= from && date <= to) found.push({ festival, date });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}

export { festivalKeys };
