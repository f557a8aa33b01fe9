import dayjs, { type Dayjs } from 'dayjs';

/** PLAN-3 period codes as the server reads them: `2026`, `2026-Q1`, `2026-03`, `2026-W05` (ISO weeks). */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'week';

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week-year and week of a day (Monday to Sunday; week 1 holds the year's first Thursday). */
export function isoWeekOf(d: Dayjs): { year: number; week: number } {
  const date = new Date(Date.UTC(d.year(), d.month(), d.date()));
  const dow = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - dow + 3);
  const year = date.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstThursday = new Date(jan4);
  firstThursday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 3);
  return { year, week: 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000)) };
}

export function periodCodeOf(kind: PeriodKind, d: Dayjs): string {
  switch (kind) {
    case 'year':
      return String(d.year());
    case 'quarter':
      return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
    case 'month':
      return `${d.year()}-${pad(d.month() + 1)}`;
    case 'week': {
      const w = isoWeekOf(d);
      return `${w.year}-W${pad(w.week)}`;
    }
  }
}

export function kindOf(code: string): PeriodKind {
  if (/^\d{4}$/.test(code)) return 'year';
  if (/-Q\d$/.test(code)) return 'quarter';
  if (/-W\d\d$/.test(code)) return 'week';
  return 'month';
}

/** A day inside the period (its first), as a picker value. */
export function dayOfPeriod(code: string): Dayjs {
  const year = Number(code.slice(0, 4));
  switch (kindOf(code)) {
    case 'year':
      return dayjs(`${year}-01-01`);
    case 'quarter':
      return dayjs(`${year}-${pad((Number(code.slice(6)) - 1) * 3 + 1)}-01`);
    case 'week': {
      const jan4 = dayjs(`${year}-01-04`);
      const monday = jan4.subtract((jan4.day() + 6) % 7, 'day');
      return monday.add(Number(code.slice(6)) - 1, 'week');
    }
    default:
      return dayjs(`${code}-01`);
  }
}
