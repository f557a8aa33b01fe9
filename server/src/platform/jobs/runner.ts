import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Clock } from '../clock.js';
import type { Actor } from '../context.js';
import type { Lang } from '../i18n/lang.js';
import { allJobs, type JobDef } from './registry.js';
import { jobRuns, jobs } from './tables.js';

/** A name for this process in job_runs: host, process id and a random suffix. */
export function instanceName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** This process's instance name. */
export const processInstance = instanceName();

/** Makes sure every job has its row; the first tick is due now. The interval follows the code. */
export async function syncJobs(db: Db, defs: JobDef[], now: Date): Promise<void> {
  for (const def of defs) {
    await db
      .insert(jobs)
      .values({ name: def.name, intervalSeconds: def.intervalSeconds, nextRunAt: now })
      .onConflictDoUpdate({ target: jobs.name, set: { intervalSeconds: def.intervalSeconds } });
  }
}

/**
 * Claims the job's current tick, if it is due: ONE conditional UPDATE moves next_run_at on
 * only if nobody moved it since we read it. With several instances on one PostgreSQL the
 * row lock makes the others re-check the condition and find it false, so each tick is
 * claimed exactly once. Missed ticks (the clock jumped, the server was down) are not
 * replayed: the next tick is the first one after now. No transaction is held.
 */
export async function claimTick(db: Db, def: JobDef, now: Date): Promise<Date | null> {
  const [row] = await db.select({ nextRunAt: jobs.nextRunAt }).from(jobs).where(eq(jobs.name, def.name));
  if (!row || row.nextRunAt.getTime() > now.getTime()) return null;
  const expected = row.nextRunAt;
  const intervalMs = def.intervalSeconds * 1000;
  const missed = Math.floor((now.getTime() - expected.getTime()) / intervalMs);
  const next = new Date(expected.getTime() + (missed + 1) * intervalMs);
  const claimed = await db
    .update(jobs)
    .set({ nextRunAt: next })
    .where(and(eq(jobs.name, def.name), eq(jobs.nextRunAt, expected)))
    .returning({ name: jobs.name });
  return claimed.length === 1 ? expected : null;
}

export interface RunOutcome {
  result: 'ok' | 'failed';
  message: string | null;
  durationMs: number;
}

const MESSAGE_MAX = 2000;

/** Runs one job for one tick and records the run (job_runs) and its outcome (jobs.last_*). */
export async function executeJob(
  db: Db,
  clock: Clock,
  def: JobDef,
  tickAt: Date,
  instance: string,
  opts: { actor?: Actor | null; lang?: Lang } = {},
): Promise<RunOutcome> {
  const startedAt = clock.now();
  const [run] = await db
    .insert(jobRuns)
    .values({ name: def.name, tickAt, instance, startedAt, result: 'running' })
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
  if (run) {
    await db
      .update(jobRuns)
      .set({ result: outcome.result, message: outcome.message, finishedAt: clock.now() })
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

/** One pass: claims and runs every job whose tick is due. Returns how many runs this instance did. */
export async function runDueJobs(opts: SchedulerOptions): Promise<number> {
  const defs = opts.jobs ?? allJobs();
  const instance = opts.instance ?? processInstance;
  let runs = 0;
  for (const def of defs) {
    const tick = await claimTick(opts.db, def, opts.clock.now());
    if (!tick) continue;
    const outcome = await executeJob(opts.db, opts.clock, def, tick, instance);
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
