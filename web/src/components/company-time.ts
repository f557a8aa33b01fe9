import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

/**
 * The company's time: every date and time the web shows or takes is on the company's wall
 * clock (policy company.timeZone, learned from /api/me), whatever zone the browser is in.
 *
 * Date pickers hold "wall" values: a dayjs in the browser's zone whose fields (day, hour, minute)
 * are the company's wall clock. toPickerValue and fromPickerValue convert at the edges, so the
 * picker's own arithmetic (days, hours, "today") never meets the browser's zone.
 */

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

/** The zone until the server says otherwise (the policy's default). */
export const DEFAULT_COMPANY_TIME_ZONE = 'Asia/Shanghai';
/** Date-time pickers open at the start of the working day (company time), not at midnight. */
export const WORKING_DAY_START = { hour: 9, minute: 0 } as const;
/** Where a day's work is due by default (a picker's default, not a rule). */
const WORKING_DAY_END = { hour: 18, minute: 0 } as const;

let zone = DEFAULT_COMPANY_TIME_ZONE;

/** Set from /api/me and the sign-in answer. */
export function setCompanyTimeZone(tz: string | null | undefined): void {
  if (tz) zone = tz;
}

export function companyTimeZone(): string {
  return zone;
}

const WALL = 'YYYY-MM-DDTHH:mm:ss.SSS';

/** An instant (ISO text) on the company's wall clock, as a dayjs whose fields read that clock. */
function inCompanyZone(iso: string | Date): Dayjs {
  return dayjs(iso).tz(zone);
}

/** "2026-03-02 09:05:00" — an instant on the company's wall clock. */
export function formatDateTime(iso: string | null | undefined): string {
  return formatDateTimeInZone(iso, zone);
}

/** An instant on a named zone's wall clock (the jobs page shows the zone its schedules run in). */
export function formatDateTimeInZone(iso: string | null | undefined, timeZone: string): string {
  return iso ? dayjs(iso).tz(timeZone).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** "2026-03-02 09:05" — an instant on the company's wall clock, to the minute. */
export function formatDateTimeMinutes(iso: string | null | undefined): string {
  return iso ? inCompanyZone(iso).format('YYYY-MM-DD HH:mm') : '';
}

/** "2026-03-02" — the company's day of an instant. A plain date (YYYY-MM-DD) is already one. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return inCompanyZone(value).format('YYYY-MM-DD');
}

/** "3 天前" / "in 2 hours", in the current dayjs locale; `now` for tests. A span, so no zone. */
export function formatRelative(iso: string | null | undefined, now?: string | Date): string {
  if (!iso) return '';
  return now === undefined ? dayjs(iso).fromNow() : dayjs(iso).from(now);
}

/** The company's wall clock now, as a picker value (what "today" and "now" mean in a form). */
export function companyNow(): Dayjs {
  return dayjs(inCompanyZone(new Date()).format(WALL));
}

/** An instant from the server → the picker value showing it on the company's wall clock. */
export function toPickerValue(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(inCompanyZone(iso).format(WALL)) : null;
}

/** A picked wall time (company clock) → the instant the server stores. */
export function fromPickerValue(value: Dayjs): string {
  return dayjs.tz(value.format(WALL), zone).toISOString();
}

/** The same day at the start of the working day (09:00). */
export function atWorkingHour(day: Dayjs): Dayjs {
  return day.hour(WORKING_DAY_START.hour).minute(WORKING_DAY_START.minute).second(0).millisecond(0);
}

/**
 * A due time for work given today: the end of today's working day (18:00) on the company clock, or
 * tomorrow's when today's has passed — never a default the server must refuse as past.
 */
export function endOfWorkingDayAhead(now: Dayjs = companyNow()): Dayjs {
  const today = now.hour(WORKING_DAY_END.hour).minute(WORKING_DAY_END.minute).second(0).millisecond(0);
  return today.isAfter(now) ? today : today.add(1, 'day');
}

/** The start of a company day (a picker value or YYYY-MM-DD) as the instant the server filters on. */
function dayStart(day: Dayjs | string): Dayjs {
  const text = typeof day === 'string' ? day : day.format('YYYY-MM-DD');
  return dayjs.tz(`${text}T00:00:00`, zone);
}

/** A RangePicker's days as the from/to instants the server filters on: whole company days. */
export function dateRangeQuery(range: [Dayjs | null, Dayjs | null] | null | undefined): {
  from?: string;
  to?: string;
} {
  const [start, end] = range ?? [null, null];
  return {
    from: start ? dayStart(start).toISOString() : undefined,
    to: end ? dayStart(end.add(1, 'day')).subtract(1, 'millisecond').toISOString() : undefined,
  };
}

/** The zone's distance from UTC now: "UTC+8", "UTC-7", "UTC+5:30". */
export function utcOffsetText(at: Date = new Date()): string {
  const minutes = dayjs(at).tz(zone).utcOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
