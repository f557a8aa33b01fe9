import { addLocalDays, isWorkingDay, type LocalDate, localDaysBetween } from '../deadlines/calendar.js';

/**
 * PLAN-3: the periods targets and indicators are kept for, on the company calendar, as codes:
 * a year `2026`, a quarter `2026-Q1`, a month `2026-03`, an ISO week `2026-W05` (Monday to
 * Sunday; the ISO week-year, so `2026-W01` starts on 2025-12-29). Dates are inclusive.
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'week';
export type PeriodCode = string;

export interface Period {
  kind: PeriodKind;
  code: PeriodCode;
  from: LocalDate;
  to: LocalDate;
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date): LocalDate => d.toISOString().slice(0, 10);
const lastOfMonth = (y: number, m: number): LocalDate => iso(new Date(Date.UTC(y, m, 0)));

/** Monday of ISO week 1 of an ISO week-year (the week holding 4 January). */
function isoWeekOneMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7; // Monday 0
  return new Date(Date.UTC(year, 0, 4 - dow));
}

function weeksInIsoYear(year: number): number {
  const next = isoWeekOneMonday(year + 1).getTime();
  return Math.round((next - isoWeekOneMonday(year).getTime()) / (7 * 86_400_000));
}

export const isPeriodCode = (code: string): boolean => periodOrNull(code) !== null;

export function periodOrNull(code: string): Period | null {
  let m = YEAR.exec(code);
  if (m) {
    const y = Number(m[1]);
    return { kind: 'year', code, from: `${y}-01-01`, to: `${y}-12-31` };
  }
  m = QUARTER.exec(code);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { kind: 'quarter', code, from: `${y}-${pad(q * 3 - 2)}-01`, to: lastOfMonth(y, q * 3) };
  }
  m = MONTH.exec(code);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { kind: 'month', code, from: `${y}-${pad(mo)}-01`, to: lastOfMonth(y, mo) };
  }
  m = WEEK.exec(code);
  if (m) {
    const y = Number(m[1]);
    const w = Number(m[2]);
    if (w > weeksInIsoYear(y)) return null;
    const monday = isoWeekOneMonday(y);
    monday.setUTCDate(monday.getUTCDate() + (w - 1) * 7);
    const from = iso(monday);
    return { kind: 'week', code, from, to: addLocalDays(from, 6) };
  }
  return null;
}

export function period(code: string): Period {
  const p = periodOrNull(code);
  if (!p) throw new Error(`not a period code: ${code}`);
  return p;
}

export const yearOf = (code: PeriodCode): number => Number(code.slice(0, 4));

/** The month code of a date. */
export const monthCodeOf = (d: LocalDate): PeriodCode => d.slice(0, 7);

/** The ISO week code of a date. */
export function weekCodeOf(d: LocalDate): PeriodCode {
  const date = new Date(`${d}T00:00:00Z`);
  const dow = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() - dow + 3);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - isoWeekOneMonday(year).getTime()) / (7 * 86_400_000)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The period of `kind` holding date `d`. */
export function periodOf(kind: PeriodKind, d: LocalDate): Period {
  const y = d.slice(0, 4);
  const mo = Number(d.slice(5, 7));
  switch (kind) {
    case 'year':
      return period(y);
    case 'quarter':
      return period(`${y}-Q${Math.ceil(mo / 3)}`);
    case 'month':
      return period(d.slice(0, 7));
    case 'week':
      return period(weekCodeOf(d));
  }
}

/** The months of a year or quarter, or the month itself. Weeks have none (they cross months). */
export function monthsOf(code: PeriodCode): PeriodCode[] {
  const p = period(code);
  if (p.kind === 'week') return [];
  const first = Number(p.from.slice(5, 7));
  const last = Number(p.to.slice(5, 7));
  const y = p.from.slice(0, 4);
  const out: PeriodCode[] = [];
  for (let m = first; m <= last; m++) out.push(`${y}-${pad(m)}`);
  return out;
}

/** The quarters of a year. */
export const quartersOf = (year: number): PeriodCode[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/** The ISO weeks that have at least one day in the period. */
export function weeksOverlapping(code: PeriodCode): PeriodCode[] {
  const p = period(code);
  const out: PeriodCode[] = [];
  for (let d = p.from; d <= p.to; d = addLocalDays(d, 7)) out.push(weekCodeOf(d));
  const last = weekCodeOf(p.to);
  if (out[out.length - 1] !== last) out.push(last);
  return out;
}

/** The same period one year earlier (PLAN-5 growth); week 53 maps to the last week of that year. */
export function sameLastYear(code: PeriodCode): PeriodCode {
  const p = period(code);
  const y = yearOf(code) - 1;
  switch (p.kind) {
    case 'year':
      return String(y);
    case 'quarter':
    case 'month':
      return `${y}${code.slice(4)}`;
    case 'week': {
      const w = Math.min(Number(code.slice(6)), weeksInIsoYear(y));
      return `${y}-W${pad(w)}`;
    }
  }
}

/** The period before (month-on-month and the like). */
export function previousPeriod(code: PeriodCode): PeriodCode {
  const p = period(code);
  return periodOf(p.kind, addLocalDays(p.from, -1)).code;
}

/** The period after. */
export function nextPeriod(code: PeriodCode): PeriodCode {
  const p = period(code);
  return periodOf(p.kind, addLocalDays(p.to, 1)).code;
}

/** Working days (company calendar, chinese-days) from `from` to `to`, both included. */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  let n = 0;
  for (let d = from; d <= to; d = addLocalDays(d, 1)) if (isWorkingDay(d)) n += 1;
  return n;
}

/**
 * PLAN-6: how much of the period has passed on `today`, as working days elapsed (today counted)
 * over working days in the period: 0 before it starts, 1 once it is over. The pace a target is
 * measured against while the period runs.
 */
export function elapsedShare(code: PeriodCode, today: LocalDate): { elapsed: number; total: number } {
  const p = period(code);
  const total = workingDaysBetween(p.from, p.to) || localDaysBetween(p.from, p.to) + 1;
  if (today < p.from) return { elapsed: 0, total };
  if (today >= p.to) return { elapsed: total, total };
  const elapsed = workingDaysBetween(p.from, today);
  return { elapsed, total };
}
