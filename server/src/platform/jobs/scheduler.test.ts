import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseUrlOf } from '../../../test/test-db.js';
import { type Database, openPostgres } from '../../db/client.js';
import { BusinessClock } from '../clock.js';
import type { JobDef } from './registry.js';
import { claimTick, runDueJobs, runsPerTick, syncJobs } from './runner.js';
import { jobRuns, jobs } from './tables.js';

const MINUTE = 60_000;

function countingJob(name: string): JobDef & { runs: number } {
  const job = {
    name,
    label: { 'zh-CN': '测试任务', en: 'Test job' },
    intervalSeconds: 60,
    runs: 0,
    async run() {
      job.runs += 1;
      // Take a little while, so the other instance tries to claim the same tick meanwhile.
      await new Promise((r) => setTimeout(r, 5));
      return `run ${job.runs}`;
    },
  };
  return job;
}

describe('scheduler on one database connection (PGlite or PostgreSQL)', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const clock = new BusinessClock();
  clock.set(new Date('2026-03-02T01:00:00Z'));

  it('a tick is claimed once; the next tick comes one interval later on the business clock', async () => {
    const job = countingJob('test.once');
    await syncJobs(database.db, [job], clock.now());
    expect(await claimTick(database.db, job, clock.now())).toEqual(clock.now());
    expect(await claimTick(database.db, job, clock.now())).toBeNull();
    clock.advance(59_000);
    expect(await claimTick(database.db, job, clock.now())).toBeNull();
    clock.advance(1_000);
    expect(await claimTick(database.db, job, clock.now())).not.toBeNull();
  });

  it('missed ticks are not replayed: after a long jump one run, then the schedule goes on from now', async () => {
    const job = countingJob('test.jump');
    await syncJobs(database.db, [job], clock.now());
    await runDueJobs({ db: database.db, clock, jobs: [job] });
    clock.advance(10 * MINUTE + 30_000);
    expect(await runDueJobs({ db: database.db, clock, jobs: [job] })).toBe(1);
    expect(await runDueJobs({ db: database.db, clock, jobs: [job] })).toBe(0);
    expect(job.runs).toBe(2);
    const [row] = await database.db.select().from(jobs).where(eq(jobs.name, job.name));
    expect(row?.nextRunAt?.getTime()).toBe(new Date('2026-03-02T01:12:00Z').getTime());
    expect(row?.lastResult).toBe('ok');
    expect(row?.lastMessage).toBe('run 2');
    expect(row?.lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  it('a failing job is recorded as failed with its message, and the schedule goes on', async () => {
    const job: JobDef = {
      name: 'test.fails',
      label: { 'zh-CN': '失败', en: 'Fails' },
      intervalSeconds: 60,
      run: async () => {
        throw new Error('boom');
      },
    };
    await syncJobs(database.db, [job], clock.now());
    expect(await runDueJobs({ db: database.db, clock, jobs: [job], instance: 'i-1' })).toBe(1);
    const runs = await database.db.select().from(jobRuns).where(eq(jobRuns.name, job.name));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ result: 'failed', message: 'boom', instance: 'i-1' });
    expect(runs[0]?.finishedAt).not.toBeNull();
    const [row] = await database.db.select().from(jobs).where(eq(jobs.name, job.name));
    expect(row?.lastResult).toBe('failed');
  });
});

describe.skipIf(!process.env.DATABASE_URL)('scheduler with two app instances on one PostgreSQL', () => {
  let database: Database;
  // The second instance: its own pool, its own clock (set to the same business time), its own name.
  let second: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    const url = databaseUrlOf(database);
    if (!url) throw new Error('no database URL');
    second = openPostgres(url, 5);
  });
  afterAll(async () => {
    await second?.close();
    await database?.close();
  });

  it('a scheduled job runs exactly once per tick', async () => {
    const job = countingJob('test.exactly-once');
    const clockA = new BusinessClock();
    const clockB = new BusinessClock();
    const start = new Date('2026-03-02T01:00:00Z');
    clockA.set(start);
    clockB.set(start);
    await Promise.all([syncJobs(database.db, [job], start), syncJobs(second.db, [job], start)]);
    const a = { db: database.db, clock: clockA, jobs: [job], instance: 'instance-a' };
    const b = { db: second.db, clock: clockB, jobs: [job], instance: 'instance-b' };
    const ticks = 12;
    for (let i = 0; i < ticks; i++) {
      // Several polls of both instances race for the same tick.
      const runs = await Promise.all([runDueJobs(a), runDueJobs(b), runDueJobs(a), runDueJobs(b)]);
      expect(runs.reduce((x, y) => x + y, 0)).toBe(1);
      clockA.advance(MINUTE);
      clockB.advance(MINUTE);
    }
    expect(job.runs).toBe(ticks);
    const perTick = await runsPerTick(database.db, job.name);
    expect(perTick).toHaveLength(ticks);
    expect(perTick.every((t) => t.runs === 1)).toBe(true);
    const instances = new Set(
      (await database.db.select({ i: jobRuns.instance }).from(jobRuns).where(eq(jobRuns.name, job.name))).map(
        (r) => r.i,
      ),
    );
    expect([...instances].every((i) => i === 'instance-a' || i === 'instance-b')).toBe(true);
  });
});
