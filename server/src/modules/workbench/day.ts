import type { DbOrTx } from '../../db/client.js';
import { type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { elapsedShare, type PeriodCode, period } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';

/** The company's today, this month and this year (company time zone), what the 工作台 is about. */
export interface WorkbenchDay {
  at: Date;
  tz: string;
  today: LocalDate;
  month: PeriodCode;
  year: PeriodCode;
  monthFrom: LocalDate;
  monthTo: LocalDate;
  yearFrom: LocalDate;
  yearTo: LocalDate;
}

export async function workbenchDay(db: DbOrTx, at: Date): Promise<WorkbenchDay> {
  const tz = await readPolicy(db, companyTimeZone, at);
  const today = localDate(at, tz);
  const month = period(today.slice(0, 7));
  const year = period(today.slice(0, 4));
  return {
    at,
    tz,
    today,
    month: month.code,
    year: year.code,
    monthFrom: month.from,
    monthTo: month.to,
    yearFrom: year.from,
    yearTo: year.to,
  };
}

/** PLAN-6: the share of a period's working days gone by `today`, in percent with one decimal. */
export function pacePct(code: PeriodCode, today: LocalDate): number {
  const { elapsed, total } = elapsedShare(code, today);
  return total === 0 ? 0 : Math.round((elapsed * 1000) / total) / 10;
}
