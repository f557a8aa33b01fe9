import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { allJobs, type JobDef, jobDefinition } from '../../platform/jobs/registry.js';
import { resolveSchedules } from '../../platform/jobs/runner.js';
import type { ResolvedSchedule } from '../../platform/jobs/schedule.js';
import { jobSummary } from '../../platform/jobs/summary.js';
import { jobRuns, jobs } from '../../platform/jobs/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TJob, TJobList, TJobRunPage, TJobSchedule } from './schemas.js';

type JobRow = typeof jobs.$inferSelect;

function toSchedule(s: ResolvedSchedule): TJobSchedule {
  return s.kind === 'interval'
    ? { kind: 'interval', seconds: s.seconds }
    : { kind: 'cron', cron: s.cron, workingDaysOnly: s.workingDaysOnly, policyId: s.policyId };
}

function toJob(def: JobDef, schedule: ResolvedSchedule, row: JobRow | undefined): TJob {
  return {
    name: def.name,
    label: def.label,
    intervalSeconds: schedule.kind === 'interval' ? schedule.seconds : null,
    schedule: toSchedule(schedule),
    nextRunAt: isoOrNull(row?.nextRunAt),
    retryAt: isoOrNull(row?.retryAt),
    lastRunAt: isoOrNull(row?.lastRunAt),
    lastResult: row?.lastResult ?? null,
    lastMessage: row?.lastMessage ?? null,
    lastSummary: jobSummary(def, row?.lastMessage ?? null),
    lastDurationMs: row?.lastDurationMs ?? null,
  };
}

/**
 * Every registered job with its schedule in force now, next and last run (a job not yet
 * scheduled has no next run), and the company time zone its schedule is read in.
 */
export async function listJobs(db: Db, now: Date): Promise<TJobList> {
  const defs = allJobs();
  const rows = new Map((await db.select().from(jobs)).map((r) => [r.name, r]));
  const schedules = await resolveSchedules(db, defs, now);
  const items = defs.flatMap((def) => {
    const s = schedules.get(def.name);
    return s ? [toJob(def, s, rows.get(def.name))] : [];
  });
  return { items, timeZone: await readPolicy(db, companyTimeZone, now) };
}

export async function getJob(db: Db, name: string, now: Date): Promise<TJob> {
  const job = (await listJobs(db, now)).items.find((j) => j.name === name);
  if (!job) throw appError('JOB_UNKNOWN');
  return job;
}

/** A job's runs, newest first: every try of every tick, scheduled, retried or run by hand. */
export async function listJobRuns(
  db: Db,
  name: string,
  paging: { page: number; pageSize: number },
): Promise<TJobRunPage> {
  const def = jobDefinition(name);
  if (!def) throw appError('JOB_UNKNOWN');
  const where = eq(jobRuns.name, name);
  const [total] = await db.select({ n: count() }).from(jobRuns).where(where);
  const rows = await db
    .select()
    .from(jobRuns)
    .where(where)
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      tickAt: iso(r.tickAt),
      attempt: r.attempt,
      trigger: r.trigger,
      instance: r.instance,
      startedAt: iso(r.startedAt),
      finishedAt: isoOrNull(r.finishedAt),
      result: r.result,
      message: r.message,
      summary: jobSummary(def, r.message),
      retryAt: isoOrNull(r.retryAt),
    })),
    total: Number(total?.n ?? 0),
    totalCapped: false,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}
