import chineseDays from 'chinese-days';

/**
 * Local dates and due times in the company time zone (policy `company.timeZone`). Only
 * Intl is used: a zone's offset at a moment comes from Intl.DateTimeFormat, so no time-zone
 * library is needed on the server.
 */

/** A civil date in the company zone, `YYYY-MM-DD`. */
export type LocalDate = string;

export type DueUnit = 'calendar_days' | 'working_days' | 'hours';

export interface DueRule {
  /** When counting starts (e.g. when a task was assigned or a visit took place). */
  from: Date;
  amount: number;
  unit: DueUnit;
  /** Due at the end of the last counted day (23:59:59.999 local) rather than at the same time of day. */
  endOfDay?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** The wall-clock reading in a zone at a moment. */
export function wallTime(at: Date, tz: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    ms: ((at.getTime() % 1000) + 1000) % 1000,
  };
}

/** How far the zone's wall clock is ahead of UTC at a moment, in ms. */
function offsetMs(at: Date, tz: string): number {
  const w = wallTime(at, tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - at.getTime();
}

/** The moment a wall-clock reading in a zone stands for (the earlier one when a DST change repeats it). */
export function fromWallTime(w: Wall, tz: string): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const first = guess - offsetMs(new Date(guess), tz);
  const second = guess - offsetMs(new Date(first), tz);
  return new Date(second);
}

export function localDate(at: Date, tz: string): LocalDate {
  const w = wallTime(at, tz);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

function parseLocalDate(d: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function addLocalDays(d: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(d);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from one local date to another (negative when `to` is earlier). */
export function localDaysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/**
 * A working day in mainland China: Monday to Friday unless a public holiday, and a weekend
 * day when it is a make-up workday (调休). From the `chinese-days` calendar; for years it
 * does not list yet it falls back to Monday–Friday.
 */
export function isWorkingDay(d: LocalDate): boolean {
  return chineseDays.isWorkday(d);
}

/** The local date `n` working days after `d` (n = 0: `d` itself, or the next working day if `d` is not one). */
export function addWorkingDays(d: LocalDate, n: number): LocalDate {
  let day = d;
  if (n === 0) {
    while (!isWorkingDay(day)) day = addLocalDays(day, 1);
    return day;
  }
  let counted = 0;
  while (counted < n) {
    day = addLocalDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

const HOUR_MS = 3_600_000;

function atLocal(date: LocalDate, time: Pick<Wall, 'hour' | 'minute' | 'second' | 'ms'>, tz: string): Date {
  const { hour, minute, second, ms } = time;
  return fromWallTime({ ...parseLocalDate(date), hour, minute, second, ms }, tz);
}

const endOfDayTime = { hour: 23, minute: 59, second: 59, ms: 999 };

/** The start of a local day (00:00 in the zone). */
export function startOfLocalDay(date: LocalDate, tz: string): Date {
  return atLocal(date, { hour: 0, minute: 0, second: 0, ms: 0 }, tz);
}

/** The end of a local day (23:59:59.999 in the zone). */
export function endOfLocalDay(date: LocalDate, tz: string): Date {
  return atLocal(date, endOfDayTime, tz);
}

/**
 * ORG-4: the due time of something that must happen `amount` units after `from`, counted in
 * the company time zone. Calendar and working days keep the time of day of `from` unless
 * `endOfDay` is set; working days skip weekends and public holidays and count make-up
 * workdays (调休).
 */
export function computeDueAt(rule: DueRule, tz: string): Date {
  if (!Number.isInteger(rule.amount) || rule.amount < 0)
    throw new Error('computeDueAt: amount must be a whole number ≥ 0');
  if (rule.unit === 'hours') {
    const at = new Date(rule.from.getTime() + rule.amount * HOUR_MS);
    return rule.endOfDay ? endOfLocalDay(localDate(at, tz), tz) : at;
  }
  const start = localDate(rule.from, tz);
  const day =
    rule.unit === 'calendar_days' ? addLocalDays(start, rule.amount) : addWorkingDays(start, rule.amount);
  if (rule.endOfDay) return endOfLocalDay(day, tz);
  const w = wallTime(rule.from, tz);
  return atLocal(day, w, tz);
}

/** The calendar day around a moment in a time zone, as instants: [its start, the next day's start). */
export function localDayBounds(at: Date, tz: string): { start: Date; end: Date } {
  const startOf = (day: LocalDate) => {
    const [year, month, d] = day.split('-').map(Number) as [number, number, number];
    return fromWallTime({ year, month, day: d, hour: 0, minute: 0, second: 0, ms: 0 }, tz);
  };
  const today = localDate(at, tz);
  return { start: startOf(today), end: startOf(addLocalDays(today, 1)) };
}
