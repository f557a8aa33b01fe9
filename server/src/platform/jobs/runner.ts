import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client.js';
import type { Clock } from '../clock.js';
import type { Actor } from '../context.js';
import { companyTimeZone } from '../deadlines/policies.js';
import type { Lang } from '../i18n/lang.js';
import type { PolicyDef } from '../policies/define.js';
import { readPolicies } from '../policies/read.js';
import {
  allJobs,
  DEFAULT_RETRY,
  type JobDef,
  MAX_RETRY_DELAY_MINUTES,
  type RetryPolicy,
} from './registry.js';
import {
  isPolicySchedule,
  latestCronTick,
  nextCronTick,
  type ResolvedSchedule,
  scheduleKey,
} from './schedule.js';
import { jobRuns, jobs } from './tables.js';

/** A name for this process in job_runs: host, process id and a random suffix. */
export function instanceName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** This process's instance name. */
export const processInstance = instanceName();

/** The schedules of jobs in force at a moment: one read of the policies they name and the company time zone. */
export async function resolveSchedules(
  db: DbOrTx,
  defs: JobDef[],
  at: Date,
): Promise<Map<string, ResolvedSchedule>> {
  const policies = new Map<string, PolicyDef>();
  for (const def of defs) {
    if (!def.schedule) continue;
    policies.set(companyTimeZone.id, companyTimeZone as unknown as PolicyDef);
    if (isPolicySchedule(def.schedule))
      policies.set(def.schedule.policy.id, def.schedule.policy as PolicyDef);
  }
  const values = policies.size > 0 ? await readPolicies(db, [...policies.values()], at) : new Map();
  const out = new Map<string, ResolvedSchedule>();
  for (const def of defs) {
    const s = def.schedule;
    if (!s) {
      out.set(def.name, { kind: 'interval', seconds: def.intervalSeconds });
      continue;
    }
    const fromPolicy = isPolicySchedule(s);
    out.set(def.name, {
      kind: 'cron',
      cron: fromPolicy ? String(values.get(s.policy.id)) : s.cron,
      workingDaysOnly: s.workingDaysOnly ?? false,
      timeZone: String(values.get(companyTimeZone.id)),
      policyId: fromPolicy ? s.policy.id : null,
    });
  }
  return out;
}

export async function resolveSchedule(db: DbOrTx, def: JobDef, at: Date): Promise<ResolvedSchedule> {
  const s = (await resolveSchedules(db, [def], at)).get(def.name);
  if (!s) throw new Error(`job ${def.name}: no schedule`);
  return s;
}

/** The first tick after a moment: an interval job is due at once, a cron job at its next match. */
function firstTick(s: ResolvedSchedule, now: Date): Date | null {
  return s.kind === 'interval' ? now : nextCronTick(s, now);
}

/**
 * Makes sure every job has its row. A new interval job is due now; a new cron job at its next
 * tick. The interval follows the code; a changed cron schedule is picked up by the runner.
 */
export async function syncJobs(db: Db, defs: JobDef[], now: Date): Promise<void> {
  const schedules = await resolveSchedules(db, defs, now);
  for (const def of defs) {
    const s = schedules.get(def.name);
    if (!s) continue;
    const intervalSeconds = s.kind === 'interval' ? s.seconds : null;
    await db
      .insert(jobs)
      .values({ name: def.name, intervalSeconds, schedule: scheduleKey(s), nextRunAt: firstTick(s, now) })
      .onConflictDoUpdate({ target: jobs.name, set: { intervalSeconds } });
  }
}

type JobRow = typeof jobs.$inferSelect;

const sameAs = (column: PgColumn, value: string | Date | null) =>
  value === null ? isNull(column) : eq(column, value);

async function jobRow(db: Db, name: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.name, name));
  return row;
}

/**
 * Claims the job's current tick, if it is due: ONE conditional UPDATE moves next_run_at on
 * only if nobody moved it since we read it. With several instances on one PostgreSQL the
 * row lock makes the others re-check the condition and find it false, so each tick is
 * claimed exactly once. Missed ticks (the clock jumped, the server was down) are not
 * replayed: the run is for the latest tick that has passed, and the next tick is the first
 * one after now. A pending retry of an earlier tick is dropped: this run does its work.
 * No transaction is held.
 */
async function claimScheduled(
  db: Db,
  s: ResolvedSchedule,
  row: JobRow,
  now: Date,
): Promise<{ tick: Date; next: Date | null } | null> {
  const expected = row.nextRunAt;
  if (!expected || expected.getTime() > now.getTime()) return null;
  let tick: Date;
  let next: Date | null;
  if (s.kind === 'interval') {
    const intervalMs = s.seconds * 1000;
    const missed = Math.floor((now.getTime() - expected.getTime()) / intervalMs);
    tick = new Date(expected.getTime() + missed * intervalMs);
    next = new Date(expected.getTime() + (missed + 1) * intervalMs);
  } else {
    tick = latestCronTick(s, now, expected) ?? expected;
    next = nextCronTick(s, now);
  }
  const claimed = await db
    .update(jobs)
    .set({ nextRunAt: next, schedule: scheduleKey(s), retryAt: null, retryAttempt: null, retryTickAt: null })
    .where(and(eq(jobs.name, row.name), eq(jobs.nextRunAt, expected)))
    .returning({ name: jobs.name });
  return claimed.length === 1 ? { tick, next } : null;
}

/** Claims the job's current tick if it is due (see claimScheduled); returns the tick the run is for. */
export async function claimTick(
  db: Db,
  def: JobDef,
  now: Date,
  schedule?: ResolvedSchedule,
): Promise<Date | null> {
  const row = await jobRow(db, def.name);
  if (!row) return null;
  const claim = await claimScheduled(db, schedule ?? (await resolveSchedule(db, def, now)), row, now);
  return claim?.tick ?? null;
}

/**
 * A cron job whose schedule changed (its policy, the company time zone, the code) and whose
 * next tick has not come yet moves to the new schedule's next tick: a change takes effect
 * for the next tick. Conditional like a claim, so instances agree.
 */
async function rescheduleIfChanged(db: Db, s: ResolvedSchedule, row: JobRow, now: Date): Promise<void> {
  const key = scheduleKey(s);
  if (row.schedule === key) return;
  if (row.nextRunAt && row.nextRunAt.getTime() <= now.getTime()) return;
  if (s.kind === 'interval' && row.nextRunAt) return;
  await db
    .update(jobs)
    .set({ nextRunAt: firstTick(s, now), schedule: key })
    .where(
      and(
        eq(jobs.name, row.name),
        sameAs(jobs.schedule, row.schedule),
        sameAs(jobs.nextRunAt, row.nextRunAt),
      ),
    );
}

/** Claims a due retry of a failed tick (one conditional UPDATE of retry_at, as for ticks). */
async function claimRetry(
  db: Db,
  row: JobRow,
  now: Date,
): Promise<{ tick: Date; attempt: number; next: Date | null } | null> {
  const expected = row.retryAt;
  if (!expected || expected.getTime() > now.getTime()) return null;
  const [claimed] = await db
    .update(jobs)
    .set({ retryAt: null })
    .where(and(eq(jobs.name, row.name), eq(jobs.retryAt, expected)))
    .returning({ attempt: jobs.retryAttempt, tick: jobs.retryTickAt, next: jobs.nextRunAt });
  if (!claimed?.attempt || !claimed.tick) return null;
  return { tick: claimed.tick, attempt: claimed.attempt, next: claimed.next };
}

export interface RunOutcome {
  result: 'ok' | 'failed';
  message: string | null;
  durationMs: number;
}

const MESSAGE_MAX = 2000;
const MINUTE_MS = 60_000;

/** The wait before try `attempt + 1`: base × 2^(attempt − 1) minutes, at most MAX_RETRY_DELAY_MINUTES. */
export function retryDelayMinutes(retry: RetryPolicy, attempt: number): number {
  return Math.min(retry.baseMinutes * 2 ** (attempt - 1), MAX_RETRY_DELAY_MINUTES);
}

/**
 * After a failed try: the next try, unless this was the last or the next tick comes first
 * (it does the same work). Set only while next_run_at is still what the claim left, so a
 * newer tick claimed meanwhile is not followed by a retry of an older one.
 */
async function scheduleRetry(
  db: Db,
  def: JobDef,
  tickAt: Date,
  attempt: number,
  failedAt: Date,
  nextRunAt: Date | null,
): Promise<Date | null> {
  const retry = def.retry ?? DEFAULT_RETRY;
  if (attempt >= retry.attempts) return null;
  const retryAt = new Date(failedAt.getTime() + retryDelayMinutes(retry, attempt) * MINUTE_MS);
  if (nextRunAt && nextRunAt.getTime() <= retryAt.getTime()) return null;
  const set = await db
    .update(jobs)
    .set({ retryAt, retryAttempt: attempt + 1, retryTickAt: tickAt })
    .where(and(eq(jobs.name, def.name), sameAs(jobs.nextRunAt, nextRunAt)))
    .returning({ name: jobs.name });
  return set.length === 1 ? retryAt : null;
}

export interface ExecuteOptions {
  actor?: Actor | null;
  lang?: Lang;
  /** Which try of the tick this is (default 1). */
  attempt?: number;
  trigger?: 'schedule' | 'retry' | 'manual';
  /** Scheduled runs: on failure, plan the next try unless the next tick (this next_run_at) comes first. */
  retry?: { nextRunAt: Date | null };
}

/** Runs one job for one tick and records the run (job_runs) and its outcome (jobs.last_*). */
export async function executeJob(
  db: Db,
  clock: Clock,
  def: JobDef,
  tickAt: Date,
  instance: string,
  opts: ExecuteOptions = {},
): Promise<RunOutcome> {
  const attempt = opts.attempt ?? 1;
  const startedAt = clock.now();
  const [run] = await db
    .insert(jobRuns)
    .values({
      name: def.name,
      tickAt,
      attempt,
      trigger: opts.trigger ?? 'schedule',
      instance,
      startedAt,
      result: 'running',
    })
    .returning({ id: jobRuns.id });
  const t0 = performance.now();
  let outcome: RunOutcome;
  try {
    const message = await def.run({
      db,
      clock,
      actor: opts.actor ?? null,
      requestId: `job:${def.name}:${run?.id ?? 0}`,
      ip: null,
      userAgent: null,
      lang: opts.lang ?? 'zh-CN',
      instance,
      tickAt,
      attempt,
    });
    outcome = { result: 'ok', message: message ?? null, durationMs: Math.round(performance.now() - t0) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    outcome = {
      result: 'failed',
      message: message.slice(0, MESSAGE_MAX),
      durationMs: Math.round(performance.now() - t0),
    };
  }
  const finishedAt = clock.now();
  const retryAt =
    outcome.result === 'failed' && opts.retry
      ? await scheduleRetry(db, def, tickAt, attempt, finishedAt, opts.retry.nextRunAt)
      : null;
  if (run) {
    await db
      .update(jobRuns)
      .set({ result: outcome.result, message: outcome.message, finishedAt, retryAt })
      .where(eq(jobRuns.id, run.id));
  }
  await db
    .update(jobs)
    .set({
      lastRunAt: startedAt,
      lastResult: outcome.result,
      lastMessage: outcome.message,
      lastDurationMs: outcome.durationMs,
    })
    .where(eq(jobs.name, def.name));
  return outcome;
}

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  instance?: string;
  /** Jobs to run; by default every registered job. */
  jobs?: JobDef[];
  /** Wall-clock pause between polls (pacing only; due times are business time). */
  pollMs?: number;
  onError?: (err: unknown) => void;
  /** Called after each run (e.g. to send mail the job queued). */
  afterRun?: (def: JobDef, outcome: RunOutcome) => void;
}

/**
 * One pass: claims and runs every job whose tick is due, moves cron jobs whose schedule
 * changed, and runs due retries. Returns how many runs this instance did.
 */
export async function runDueJobs(opts: SchedulerOptions): Promise<number> {
  const defs = opts.jobs ?? allJobs();
  const instance = opts.instance ?? processInstance;
  const schedules = await resolveSchedules(opts.db, defs, opts.clock.now());
  let runs = 0;
  for (const def of defs) {
    const s = schedules.get(def.name);
    const row = await jobRow(opts.db, def.name);
    if (!s || !row) continue;
    const now = opts.clock.now();
    const claim = await claimScheduled(opts.db, s, row, now);
    const retry = claim ? null : await claimRetry(opts.db, row, now);
    const run = claim ?? retry;
    if (!run) {
      await rescheduleIfChanged(opts.db, s, row, now);
      continue;
    }
    const outcome = await executeJob(opts.db, opts.clock, def, run.tick, instance, {
      attempt: retry ? retry.attempt : 1,
      trigger: retry ? 'retry' : 'schedule',
      retry: { nextRunAt: run.next },
    });
    opts.afterRun?.(def, outcome);
    runs += 1;
  }
  return runs;
}

/** The runner loop started by main.ts; stop() waits for the pass in progress. */
export async function startScheduler(
  opts: SchedulerOptions,
): Promise<{ instance: string; stop(): Promise<void> }> {
  const instance = opts.instance ?? processInstance;
  const defs = opts.jobs ?? allJobs();
  await syncJobs(opts.db, defs, opts.clock.now());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> = Promise.resolve();
  const loop = () => {
    if (stopped) return;
    pass = runDueJobs({ ...opts, instance, jobs: defs })
      .catch((err) => opts.onError?.(err))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, opts.pollMs ?? 5000);
      });
  };
  loop();
  return {
    instance,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass;
    },
  };
}

/** How many runs each tick of a job had (diagnostics and the exactly-once test). */
export async function runsPerTick(db: Db, name: string): Promise<{ tickAt: Date; runs: number }[]> {
  const rows = await db
    .select({ tickAt: jobRuns.tickAt, runs: sql<number>`count(*)::int` })
    .from(jobRuns)
    .where(eq(jobRuns.name, name))
    .groupBy(jobRuns.tickAt)
    .orderBy(jobRuns.tickAt);
  return rows.map((r) => ({ tickAt: r.tickAt, runs: Number(r.runs) }));
}
