import type { Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import { isPolicySchedule, isValidCron, type JobSchedule } from './schedule.js';

/** What a job gets when it runs: a system context (no actor) on the business clock. */
export interface JobCtx extends Ctx {
  /** The app instance running it. */
  instance: string;
  /** The scheduled moment this run belongs to (business time). */
  tickAt: Date;
  /** 1 for the first try of a tick, then 2, 3 … for its retries. */
  attempt: number;
}

/** How a failed run is tried again: `attempts` tries in all, waiting base, 2×base, 4×base … minutes (bounded). */
export interface RetryPolicy {
  attempts: number;
  baseMinutes: number;
}

/** Three tries, 5 then 10 minutes apart; a tick that comes sooner replaces the retry. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseMinutes: 5 };
/** No wait between tries is longer than this. */
export const MAX_RETRY_DELAY_MINUTES = 6 * 60;
const MAX_ATTEMPTS = 10;

interface JobBase {
  /** `area.verb`, e.g. `deadlines.escalate`. */
  name: string;
  label: Localized;
  /**
   * What run() reports, as words: its message is `key=value …` and each key here is a phrase
   * with `{{value}}` in both languages ("逾期 {{value}} 条"), so the jobs page reads a sentence.
   */
  summary?: Record<string, Localized>;
  /** Tries after a failure (default DEFAULT_RETRY; `{ attempts: 1, … }` for none). */
  retry?: RetryPolicy;
  /** Does the work in its own transactions; returns a short message for the run record. */
  run(ctx: JobCtx): Promise<string | undefined>;
}

/** Every so many seconds of business time (frequent sweeps: deadlines, mail, imports). */
export interface IntervalJobDef extends JobBase {
  intervalSeconds: number;
  schedule?: undefined;
}

/** At the times a cron expression names, in the company time zone; fixed or from a policy. */
export interface CronJobDef extends JobBase {
  schedule: JobSchedule;
  intervalSeconds?: undefined;
}

export type JobDef = IntervalJobDef | CronJobDef;

const registry = new Map<string, JobDef>();

/** Refuses a definition whose schedule or retries cannot work. */
function assertValid(def: JobDef): void {
  if (def.schedule) {
    if (!isPolicySchedule(def.schedule) && !isValidCron(def.schedule.cron)) {
      throw new Error(`job ${def.name}: "${def.schedule.cron}" is not a five-field cron expression`);
    }
    if (isPolicySchedule(def.schedule) && !isValidCron(def.schedule.policy.default)) {
      throw new Error(
        `job ${def.name}: the default of policy ${def.schedule.policy.id} is not a cron expression`,
      );
    }
  } else if (!Number.isInteger(def.intervalSeconds) || def.intervalSeconds < 1) {
    throw new Error(`job ${def.name}: intervalSeconds must be a whole number ≥ 1`);
  }
  const retry = def.retry ?? DEFAULT_RETRY;
  if (!Number.isInteger(retry.attempts) || retry.attempts < 1 || retry.attempts > MAX_ATTEMPTS) {
    throw new Error(`job ${def.name}: retry attempts must be 1–${MAX_ATTEMPTS}`);
  }
  if (
    !Number.isInteger(retry.baseMinutes) ||
    retry.baseMinutes < 1 ||
    retry.baseMinutes > MAX_RETRY_DELAY_MINUTES
  ) {
    throw new Error(`job ${def.name}: retry baseMinutes must be 1–${MAX_RETRY_DELAY_MINUTES}`);
  }
}

/** A scheduled job, checked; a module lists it in its manifest and the scheduler runs it. */
export function defineJob<D extends JobDef>(def: D): D {
  assertValid(def);
  return def;
}

/** Called by the module kernel for each manifest's jobs. */
export function registerJob(def: JobDef): void {
  if (registry.has(def.name)) throw new Error(`job ${def.name} defined twice`);
  registry.set(def.name, def);
}

export function jobDefinition(name: string): JobDef | undefined {
  return registry.get(name);
}

export function allJobs(): JobDef[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}
