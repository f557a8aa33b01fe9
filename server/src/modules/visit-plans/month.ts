import type { DbOrTx } from '../../db/client.js';
import {
  addLocalDays,
  type LocalDate,
  localDate,
  startOfLocalDay,
} from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { visitPlanDueDay } from './policies.js';

/** A plan's month as the API writes it, `YYYY-MM`; stored as its first day (`month_on`). */
export type Month = string;

export const monthOn = (month: Month): LocalDate => `${month}-01`;
export const monthOf = (day: LocalDate): Month => day.slice(0, 7);

/** The month `n` months after (or, negative, before) `month`. */
export function addMonths(month: Month, n: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1 + n, 1)).toISOString().slice(0, 7);
}

export function lastDayOf(month: Month): LocalDate {
  return addLocalDays(monthOn(addMonths(month, 1)), -1);
}

export const isInMonth = (day: LocalDate, month: Month): boolean => monthOf(day) === month;

/**
 * VIS-1: the last day to submit the plan for `month` — in the month before, on the policy's day
 * (`visit.planDueDay`; 0 = the last day of that month).
 */
export function planDueDate(month: Month, dueDay: number): LocalDate {
  const before = addMonths(month, -1);
  return dueDay === 0 ? lastDayOf(before) : `${before}-${String(dueDay).padStart(2, '0')}`;
}

/** VIS-1: when a plan not yet submitted becomes late: the start of the day after its due date. */
export function planDueAt(month: Month, dueDay: number, tz: string): Date {
  return startOfLocalDay(addLocalDays(planDueDate(month, dueDay), 1), tz);
}

/** The company's month today and the time zone (policy company.timeZone). */
export async function companyMonth(
  db: DbOrTx,
  at: Date,
): Promise<{ month: Month; today: LocalDate; tz: string }> {
  const tz = await readPolicy(db, companyTimeZone, at);
  const today = localDate(at, tz);
  return { month: monthOf(today), today, tz };
}

/** VIS-1: the due moment of a rep's plan for `month`, from the policy in force for their unit. */
export async function dueAtFor(
  db: DbOrTx,
  month: Month,
  unitId: string,
  at: Date,
  tz: string,
): Promise<Date> {
  return planDueAt(month, await readPolicy(db, visitPlanDueDay, at, unitId), tz);
}
