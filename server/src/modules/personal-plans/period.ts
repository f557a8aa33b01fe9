import type { DbOrTx } from '../../db/client.js';
import {
  addLocalDays,
  type LocalDate,
  localDate,
  startOfLocalDay,
} from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { annualPlanDue, monthlyPlanDueDay } from './policies.js';
import type { personalPlanKinds } from './tables.js';

export type PlanKind = (typeof personalPlanKinds)[number];
/** A plan's period: a year `2026` (annual plan) or a month `2026-03` (monthly plan). */
export type PlanPeriod = string;

export const kindOfPeriod = (period: PlanPeriod): PlanKind => (period.length === 4 ? 'annual' : 'monthly');

/** The month `n` months after (or, negative, before) `month`. */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** The last day of the period. */
export function lastDayOf(period: PlanPeriod): LocalDate {
  if (kindOfPeriod(period) === 'annual') return `${period}-12-31`;
  return addLocalDays(`${addMonths(period, 1)}-01`, -1);
}

/**
 * PLAN-4: the last day to submit the plan of a period — for a month, in the month before on the
 * policy's day (plan.monthlyPlanDueDay; 0 = its last day); for a year, the policy's MM-DD of that
 * year (plan.annualPlanDue).
 */
export async function planDueDate(
  db: DbOrTx,
  period: PlanPeriod,
  unitId: string,
  at: Date,
): Promise<LocalDate> {
  if (kindOfPeriod(period) === 'annual')
    return `${period}-${await readPolicy(db, annualPlanDue, at, unitId)}`;
  const dueDay = await readPolicy(db, monthlyPlanDueDay, at, unitId);
  const before = addMonths(period, -1);
  return dueDay === 0 ? lastDayOf(before) : `${before}-${String(dueDay).padStart(2, '0')}`;
}

/** PLAN-4: when a plan not yet submitted becomes late: the start of the day after its due date. */
export async function planDueAt(
  db: DbOrTx,
  period: PlanPeriod,
  unitId: string,
  at: Date,
  tz: string,
): Promise<{ dueDate: LocalDate; dueAt: Date }> {
  const dueDate = await planDueDate(db, period, unitId, at);
  return { dueDate, dueAt: startOfLocalDay(addLocalDays(dueDate, 1), tz) };
}

/** The company's today, this month and this year, and the time zone (policy company.timeZone). */
export async function companyCalendar(
  db: DbOrTx,
  at: Date,
): Promise<{ today: LocalDate; month: string; year: string; tz: string }> {
  const tz = await readPolicy(db, companyTimeZone, at);
  const today = localDate(at, tz);
  return { today, month: today.slice(0, 7), year: today.slice(0, 4), tz };
}

/** The period this one is "now" compared with: this month or this year. */
export const currentPeriodOf = (kind: PlanKind, cal: { month: string; year: string }): PlanPeriod =>
  kind === 'annual' ? cal.year : cal.month;

/** The period is over: the company's today is past its last day. */
export const periodIsOver = (period: PlanPeriod, today: LocalDate): boolean => lastDayOf(period) < today;
