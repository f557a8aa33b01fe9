import { Cron } from 'croner';
import { z } from 'zod';
import { CLOCK_EARLIEST } from '../clock.js';
import { isWorkingDay, localDate } from '../deadlines/calendar.js';
import type { PolicyDef } from '../policies/define.js';
import { vmsg } from '../validation-messages.js';

/**
 * When a job runs. Frequent sweeps (deadline escalation, mail, imports) run every so many
 * seconds of business time; jobs the regulations tie to a time of day run on a cron
 * expression in the company time zone (policy `company.timeZone`), optionally on working
 * days only (the business calendar: public holidays skipped, make-up working days counted).
 *
 * Cron expressions have five fields, `minute hour day-of-month month day-of-week`, read by
 * croner: `30 17 * * *` (17:30 every day), `0 18 L * *` (18:00 on the last day of the month),
 * `0 18 L 3,6,9,12 *` (the last day of each quarter). When both day fields are restricted,
 * either one matching is enough, as in classic cron.
 */

/** A fixed cron schedule, declared in code. */
export interface CronSchedule {
  cron: string;
  /** Only ticks that fall on a working day of the business calendar. */
  workingDaysOnly?: boolean;
}

/** A cron schedule an administrator may change: the expression is the value of a policy. */
export interface PolicySchedule {
  policy: PolicyDef<z.ZodType<string>>;
  workingDaysOnly?: boolean;
}

export type JobSchedule = CronSchedule | PolicySchedule;

/** The schedule in force at a moment: the policy read, the company time zone known. */
export type ResolvedSchedule =
  | { kind: 'interval'; seconds: number }
  | { kind: 'cron'; cron: string; workingDaysOnly: boolean; timeZone: string; policyId: string | null };

export type ResolvedCron = Extract<ResolvedSchedule, { kind: 'cron' }>;

const CRON_MAX_LENGTH = 100;

/** How many cron matches are looked at when searching for one on a working day (years for weekly patterns). */
const MAX_CANDIDATES = 1000;

const patterns = new Map<string, Cron>();

/** The parsed pattern in a zone; throws when the expression is not a five-field cron. */
function pattern(cron: string, timeZone: string): Cron {
  const key = `${timeZone} ${cron}`;
  let p = patterns.get(key);
  if (!p) {
    p = new Cron(cron, { mode: '5-part', timezone: timeZone });
    patterns.set(key, p);
  }
  return p;
}

/** A five-field cron expression croner reads and that matches at least one moment. */
export function isValidCron(cron: string): boolean {
  if (typeof cron !== 'string' || cron.length > CRON_MAX_LENGTH || cron.trim() !== cron) return false;
  try {
    return new Cron(cron, { mode: '5-part', timezone: 'UTC' }).nextRun(CLOCK_EARLIEST) !== null;
  } catch {
    return false;
  }
}

/** The value schema of a policy holding a cron expression (a field error in zh-CN and en otherwise). */
export const zCron = z.string().refine(isValidCron, { error: vmsg('cron') });

export function isPolicySchedule(s: JobSchedule): s is PolicySchedule {
  return 'policy' in s;
}

/** Two schedules with the same key give the same ticks; a job is rescheduled when its key changes. */
export function scheduleKey(s: ResolvedSchedule): string {
  if (s.kind === 'interval') return `every ${s.seconds}s`;
  return `cron ${s.cron} ${s.timeZone}${s.workingDaysOnly ? ' working-days' : ''}`;
}

const onWorkingDay = (s: ResolvedCron, at: Date) =>
  !s.workingDaysOnly || isWorkingDay(localDate(at, s.timeZone));

/** The first tick strictly after a moment; null when the pattern never matches again (or no match falls on a working day for years). */
export function nextCronTick(s: ResolvedCron, after: Date): Date | null {
  const p = pattern(s.cron, s.timeZone);
  let at: Date | null = after;
  for (let i = 0; i < MAX_CANDIDATES && at; i++) {
    at = p.nextRun(at);
    if (at && onWorkingDay(s, at)) return at;
  }
  return null;
}

/** The latest tick at or before a moment, not earlier than `notBefore`; null if there is none in that span. */
export function latestCronTick(s: ResolvedCron, at: Date, notBefore: Date): Date | null {
  const p = pattern(s.cron, s.timeZone);
  // previousRuns looks strictly before its start; one millisecond on makes `at` itself count.
  let ref = new Date(at.getTime() + 1);
  for (let i = 0; i < MAX_CANDIDATES; i++) {
    const [prev] = p.previousRuns(1, ref);
    if (!prev || prev.getTime() < notBefore.getTime()) return null;
    if (onWorkingDay(s, prev)) return prev;
    ref = prev;
  }
  return null;
}
