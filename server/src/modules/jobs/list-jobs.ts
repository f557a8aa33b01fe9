import type { DbOrTx } from '../../db/client.js';
import { allJobs, jobDefinition } from '../../platform/jobs/registry.js';
import { jobs } from '../../platform/jobs/tables.js';
import { isoOrNull } from '../../platform/schemas.js';
import type { TJob } from './schemas.js';

type JobRow = typeof jobs.$inferSelect;

function toJob(name: string, row: JobRow | undefined): TJob {
  const def = jobDefinition(name);
  return {
    name,
    label: def?.label ?? { 'zh-CN': name, en: name },
    intervalSeconds: def?.intervalSeconds ?? row?.intervalSeconds ?? 0,
    nextRunAt: isoOrNull(row?.nextRunAt),
    lastRunAt: isoOrNull(row?.lastRunAt),
    lastResult: row?.lastResult ?? null,
    lastMessage: row?.lastMessage ?? null,
    lastDurationMs: row?.lastDurationMs ?? null,
  };
}

/** Every registered job with its schedule and last outcome (a job not yet scheduled has no next run). */
export async function listJobs(db: DbOrTx): Promise<TJob[]> {
  const rows = new Map((await db.select().from(jobs)).map((r) => [r.name, r]));
  return allJobs().map((def) => toJob(def.name, rows.get(def.name)));
}

export async function getJob(db: DbOrTx, name: string): Promise<TJob> {
  return (await listJobs(db)).find((j) => j.name === name) ?? toJob(name, undefined);
}
