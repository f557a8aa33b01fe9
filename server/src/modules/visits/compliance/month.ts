import type { DbOrTx } from '../../../db/client.js';
import {
  addLocalDays,
  type LocalDate,
  localDate,
  startOfLocalDay,
} from '../../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { readPolicy } from '../../../platform/policies/read.js';

/** A calendar month of the company (time zone from the policy company.timeZone). */
export interface CompanyMonth {
  /** YYYY-MM. */
  month: string;
  /** Its first and last day (YYYY-MM-DD). */
  firstDay: LocalDate;
  lastDay: LocalDate;
  /** Its first instant and the next month's first instant: [start, end). */
  start: Date;
  end: Date;
  timeZone: string;
  /** The company's today at `now`. */
  today: LocalDate;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month `month` (YYYY-MM), or the company's current month when absent, with its bounds. */
export async function companyMonth(db: DbOrTx, now: Date, month?: string): Promise<CompanyMonth> {
  const timeZone = await readPolicy(db, companyTimeZone, now);
  const today = localDate(now, timeZone);
  const m = month ?? today.slice(0, 7);
  const firstDay = `${m}-01`;
  const nextFirst = `${nextMonth(m)}-01`;
  return {
    month: m,
    firstDay,
    lastDay: addLocalDays(nextFirst, -1),
    start: startOfLocalDay(firstDay, timeZone),
    end: startOfLocalDay(nextFirst, timeZone),
    timeZone,
    today,
  };
}
