/**
 * PLAN-3/PLAN-5: period codes as the server reads them (platform/periods): a year `2026`, a
 * quarter `2026-Q1`, a month `2026-03`, an ISO week `2026-W05` (Monday to Sunday, the ISO
 * week-year). Dates are `YYYY-MM-DD` on the company calendar.
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'week';
export const periodKinds: PeriodKind[] = ['year', 'quarter', 'month', 'week'];

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function kindOf(code: string): PeriodKind {
  if (/^\d{4}$/.test(code)) return 'year';
  if (/-Q[1-4]$/.test(code)) return 'quarter';
  if (/-W\d{2}$/.test(code)) return 'week';
  return 'month';
}

/** Monday of ISO week 1 of a week-year (the week holding 4 January). */
function weekOneMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(year, 0, 4 - dow));
}

/** The ISO week code of a date. */
export function weekCodeOf(day: string): string {
  const date = utc(day);
  const dow = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() - dow + 3);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - weekOneMonday(year).getTime()) / (7 * 86_400_000)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The code of the period of a kind holding a date. */
export function codeOf(kind: PeriodKind, day: string): string {
  const y = day.slice(0, 4);
  const m = Number(day.slice(5, 7));
  switch (kind) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${Math.ceil(m / 3)}`;
    case 'month':
      return day.slice(0, 7);
    case 'week':
      return weekCodeOf(day);
  }
}

/** The first day of a period. */
export function firstDayOf(code: string): string {
  const y = Number(code.slice(0, 4));
  switch (kindOf(code)) {
    case 'year':
      return `${y}-01-01`;
    case 'quarter':
      return `${y}-${pad(Number(code.slice(6)) * 3 - 2)}-01`;
    case 'month':
      return `${code}-01`;
    case 'week': {
      const monday = weekOneMonday(y);
      monday.setUTCDate(monday.getUTCDate() + (Number(code.slice(6)) - 1) * 7);
      return iso(monday);
    }
  }
}

/** The period before (−1) or after (+1) a period, of the same kind. */
export function stepPeriod(code: string, by: -1 | 1): string {
  const kind = kindOf(code);
  const start = utc(firstDayOf(code));
  switch (kind) {
    case 'year':
      return String(Number(code) + by);
    case 'quarter':
      start.setUTCMonth(start.getUTCMonth() + 3 * by);
      break;
    case 'month':
      start.setUTCMonth(start.getUTCMonth() + by);
      break;
    case 'week':
      start.setUTCDate(start.getUTCDate() + 7 * by);
      break;
  }
  return codeOf(kind, iso(start));
}

/** The i18n key and values that name a period ("2026年第1季度" / "Q1 2026"). */
export function periodText(code: string): { key: string; values: Record<string, number | string> } {
  const year = Number(code.slice(0, 4));
  switch (kindOf(code)) {
    case 'year':
      return { key: 'indicators.period.yearText', values: { year } };
    case 'quarter':
      return { key: 'indicators.period.quarterText', values: { year, n: Number(code.slice(6)) } };
    case 'month':
      return {
        key: 'indicators.period.monthText',
        values: { year, n: Number(code.slice(5)) },
      };
    case 'week':
      return { key: 'indicators.period.weekText', values: { year, n: Number(code.slice(6)) } };
  }
}
