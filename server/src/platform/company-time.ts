import type { DbOrTx } from '../db/client.js';
import { wallTime } from './deadlines/calendar.js';
import { companyTimeZone } from './deadlines/policies.js';
import type { Lang } from './i18n/lang.js';
import { readPolicy } from './policies/read.js';

/**
 * Times as people read them — in mail, notifications and exports — on the company's wall clock
 * (policy `company.timeZone`), whatever zone the server or the reader is in.
 */

/** The company's time zone in force at `at`. */
export function readCompanyTimeZone(db: DbOrTx, at: Date): Promise<string> {
  return readPolicy(db, companyTimeZone, at);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm` on the zone's wall clock. */
export function dateTimeText(at: Date, tz: string): string {
  const w = wallTime(at, tz);
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`;
}

/** `YYYY-MM-DD HH:mm:ss` on the zone's wall clock (exports, where seconds tell rows apart). */
export function dateTimeSecondsText(at: Date, tz: string): string {
  const w = wallTime(at, tz);
  return `${dateTimeText(at, tz)}:${two(w.second)}`;
}

/** The zone's distance from UTC at a moment: "UTC+8", "UTC-7", "UTC+5:30". */
export function utcOffsetText(at: Date, tz: string): string {
  const w = wallTime(at, tz);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const minutes = Math.round((wallMs - at.getTime()) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${two(rest)}` : ''}`;
}

/** Zones people call by a name of their own. */
const zoneNames: Record<string, Record<Lang, string>> = {
  'Asia/Shanghai': { 'zh-CN': '北京时间', en: 'Beijing time' },
};

/** What a time column or a picker says its zone is: "北京时间 UTC+8", "America/Los_Angeles UTC-8". */
export function zoneLabel(tz: string, lang: Lang, at: Date): string {
  return `${zoneNames[tz]?.[lang] ?? tz} ${utcOffsetText(at, tz)}`;
}
