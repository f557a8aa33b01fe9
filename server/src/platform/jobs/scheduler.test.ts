import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseUrlOf } from '../../../test/test-db.js';
import { type Database, openPostgres } from '../../db/client.js';
import { BusinessClock } from '../clock.js';
import { type Ctx, inTx } from '../context.js';
import { definePolicy, registerPolicy } from '../policies/define.js';
import { setPolicy } from '../policies/write.js';
import { type CronJobDef, defineJob, type JobDef } from './registry.js';
import { claimTick, runDueJobs, runsPerTick, syncJobs } from './runner.js';
import {
  isValidCron,
  type JobSchedule,
  latestCronTick,
  nextCronTick,
  type ResolvedCron,
  zCron,
} from './schedule.js';
import { jobRuns, jobs } from './tables.js';

const MINUTE = 60_000;

/** A schedule an administrator changes in the policy centre. */
const testRunTime = definePolicy({
  id: 'test.jobRunTime',
  schema: zCron,
  default: '0 1 * * *',
  unit: 'text',
  label: { 'zh-CN': '测试任务运行时间', en: 'Test job run time' },
  description: { 'zh-CN': '测试', en: 'Test' },
  ruleIds: ['ORG-4'],
  chapter: 'ORG',
});
// A module would list it in its manifest; here the test registers it itself.
registerPolicy(testRunTime);

const shanghai = (cron: string, workingDaysOnly = false): ResolvedCron => ({
  kind: 'cron',
  cron,
  workingDaysOnly,
  timeZone: 'Asia/Shanghai',
  policyId: null,
});
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** The next `n` ticks after a moment. */
function ticks(s: ResolvedCron, after: string, n: number): string[] {
  const out: string[] = [];
  let at: Date | null = new Date(after);
  for (let i = 0; i < n && at; i++) {
    at = nextCronTick(s, at);
    if (at) out.push(at.toISOString());
  }
  return out;
}

describe('cron schedules in the company time zone (ORG-4 calendar)', () => {
  it('the next 17:30 tick is computed in Asia/Shanghai for a business clock in UTC', () => {
    // 09:00 in Shanghai (01:00 UTC): today 17:30 Shanghai is 09:30 UTC.
    expect(ticks(shanghai('30 17 * * *'), '2026-03-02T01:00:00Z', 2)).toEqual([
      '2026-03-02T09:30:00.000Z',
      '2026-03-03T09:30:00.000Z',
    ]);
    // After 17:30 Shanghai (but before midnight UTC) the next tick is tomorrow's.
    expect(ticks(shanghai('30 17 * * *'), '2026-03-02T09:30:00Z', 1)).toEqual(['2026-03-03T09:30:00.000Z']);
    // 09:50 morning meeting (OPS-6): 01:50 UTC.
    expect(ticks(shanghai('50 9 * * *'), '2026-03-02T01:00:00Z', 1)).toEqual(['2026-03-02T01:50:00.000Z']);
  });

  it('working days only: the May Day holiday and the weekend are skipped, the make-up Saturday runs', () => {
    // From Thursday 30 April 18:00: 1–5 May are the holiday (with the weekend), 9 May (Sat) is a make-up working day.
    expect(ticks(shanghai('30 17 * * *', true), '2026-04-30T10:00:00Z', 4)).toEqual([
      '2026-05-06T09:30:00.000Z',
      '2026-05-07T09:30:00.000Z',
      '2026-05-08T09:30:00.000Z',
      '2026-05-09T09:30:00.000Z',
    ]);
    expect(ticks(shanghai('30 17 * * *', true), '2026-05-09T10:00:00Z', 1)).toEqual([
      '2026-05-11T09:30:00.000Z',
    ]);
    // Without the calendar every day is a tick.
    expect(ticks(shanghai('30 17 * * *'), '2026-04-30T10:00:00Z', 1)).toEqual(['2026-05-01T09:30:00.000Z']);
  });

  it('L is the last day of the month (28 February, 31 March); with months it is a quarter close', () => {
    expect(ticks(shanghai('0 18 L * *'), '2026-02-10T00:00:00Z', 3)).toEqual([
      '2026-02-28T10:00:00.000Z',
      '2026-03-31T10:00:00.000Z',
      '2026-04-30T10:00:00.000Z',
    ]);
    expect(ticks(shanghai('0 18 L 3,6,9,12 *'), '2026-02-10T00:00:00Z', 2)).toEqual([
      '2026-03-31T10:00:00.000Z',
      '2026-06-30T10:00:00.000Z',
    ]);
    // 2028 is a leap year.
    expect(ticks(shanghai('0 18 L 2 *'), '2028-01-01T00:00:00Z', 1)).toEqual(['2028-02-29T10:00:00.000Z']);
  });

  it('the latest tick at or before a moment, not before a bound, on working days only', () => {
    const s = shanghai('30 17 * * *', true);
    // Monday 4 May 12:00 UTC: the holiday since 1 May, the last working-day tick was Thursday 30 April.
    expect(iso(latestCronTick(s, new Date('2026-05-04T12:00:00Z'), new Date('2026-04-01T00:00:00Z')))).toBe(
      '2026-04-30T09:30:00.000Z',
    );
    expect(latestCronTick(s, new Date('2026-05-04T12:00:00Z'), new Date('2026-05-01T00:00:00Z'))).toBeNull();
    // A tick exactly at the moment counts.
    expect(iso(latestCronTick(s, new Date('2026-04-30T09:30:00Z'), new Date('2026-04-30T00:00:00Z')))).toBe(
      '2026-04-30T09:30:00.000Z',
    );
  });

  it('cron expressions are checked when a job is defined: five fields that match some day', () => {
    for (const ok of ['30 17 * * *', '50 9 * * 1-5', '0 18 L * *', '0 18 L 3,6,9,12 *', '*/15 * * * *'])
      expect(isValidCron(ok), ok).toBe(true);
    for (const bad of [
      '',
      'every day',
      '30 17 * *',
      '0 30 17 * * *',
      '61 17 * * *',
      '0 0 31 2 *',
      ' 0 1 * * *',
    ])
      expect(isValidCron(bad), bad).toBe(false);
    const job = (cron: string) => ({
      name: 'test.check',
      label: { 'zh-CN': '检查', en: 'Check' },
      schedule: { cron },
      run: async () => undefined,
    });
    expect(() => defineJob(job('30 17 * * *'))).not.toThrow();
    expect(() => defineJob(job('30 25 * * *'))).toThrow(/not a five-field cron expression/);
  });
});

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

/** A job on a cron schedule that counts its runs, or fails every time. */
function cronJob(name: string, schedule: JobSchedule, fail = false) {
  const job: CronJobDef & { runs: number } = defineJob({
    name,
    label: { 'zh-CN': '定时测试', en: 'Timed test' },
    schedule,
    runs: 0,
    async run(): Promise<string> {
      job.runs += 1;
      if (fail) throw new Error(`failure ${job.runs}`);
      await new Promise((r) => setTimeout(r, 5));
      return `run ${job.runs}`;
    },
  });
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

  const jobRow = async (name: string) =>
    (await database.db.select().from(jobs).where(eq(jobs.name, name)))[0];
  const runsOf = (name: string) =>
    database.db.select().from(jobRuns).where(eq(jobRuns.name, name)).orderBy(jobRuns.id);

  it('a new cron job is not run at start: its first tick is the next 17:30 in the company time zone', async () => {
    const c = new BusinessClock();
    c.set(new Date('2026-03-02T01:00:00Z')); // Monday 09:00 in Shanghai
    const job = cronJob('test.first-tick', { cron: '30 17 * * *', workingDaysOnly: true });
    await syncJobs(database.db, [job], c.now());
    expect(iso((await jobRow(job.name))?.nextRunAt)).toBe('2026-03-02T09:30:00.000Z');
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(0);
    c.set(new Date('2026-03-02T09:30:00Z'));
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(1);
    expect(iso((await jobRow(job.name))?.nextRunAt)).toBe('2026-03-03T09:30:00.000Z');
  });

  it('down across three 17:30 ticks: one run, for the latest missed tick; then the next tick as usual', async () => {
    const c = new BusinessClock();
    c.set(new Date('2026-03-02T01:00:00Z')); // Monday 09:00
    const job = cronJob('test.downtime', { cron: '30 17 * * *', workingDaysOnly: true });
    await syncJobs(database.db, [job], c.now());
    // The app comes back on Wednesday 18:00: Monday's, Tuesday's and Wednesday's ticks were missed.
    c.set(new Date('2026-03-04T10:00:00Z'));
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(1);
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(0);
    expect(job.runs).toBe(1);
    expect((await runsOf(job.name)).map((r) => iso(r.tickAt))).toEqual(['2026-03-04T09:30:00.000Z']);
    expect(iso((await jobRow(job.name))?.nextRunAt)).toBe('2026-03-05T09:30:00.000Z');
    c.set(new Date('2026-03-05T09:30:00Z'));
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(1);
  });

  it('a failing job is tried three times, 5 then 10 minutes apart, each try recorded; then it is failed and the next tick still runs', async () => {
    const c = new BusinessClock();
    c.set(new Date('2026-03-02T00:00:00Z'));
    const job = cronJob('test.retries', { cron: '0 1 * * *' }, true); // 01:00 Shanghai = 17:00 UTC
    await syncJobs(database.db, [job], c.now());
    const pass = () => runDueJobs({ db: database.db, clock: c, jobs: [job] });
    c.set(new Date('2026-03-02T17:00:00Z'));
    expect(await pass()).toBe(1);
    expect(iso((await jobRow(job.name))?.retryAt)).toBe('2026-03-02T17:05:00.000Z');
    c.advance(4 * MINUTE);
    expect(await pass()).toBe(0);
    c.advance(MINUTE);
    expect(await pass()).toBe(1);
    c.advance(9 * MINUTE);
    expect(await pass()).toBe(0);
    c.advance(MINUTE);
    expect(await pass()).toBe(1);
    // Three tries were all there is: nothing more today.
    c.advance(6 * 60 * MINUTE);
    expect(await pass()).toBe(0);
    const tries = await runsOf(job.name);
    expect(
      tries.map((r) => ({
        attempt: r.attempt,
        trigger: r.trigger,
        tick: iso(r.tickAt),
        started: iso(r.startedAt),
        result: r.result,
        message: r.message,
        retryAt: iso(r.retryAt),
      })),
    ).toEqual([
      {
        attempt: 1,
        trigger: 'schedule',
        tick: '2026-03-02T17:00:00.000Z',
        started: '2026-03-02T17:00:00.000Z',
        result: 'failed',
        message: 'failure 1',
        retryAt: '2026-03-02T17:05:00.000Z',
      },
      {
        attempt: 2,
        trigger: 'retry',
        tick: '2026-03-02T17:00:00.000Z',
        started: '2026-03-02T17:05:00.000Z',
        result: 'failed',
        message: 'failure 2',
        retryAt: '2026-03-02T17:15:00.000Z',
      },
      {
        attempt: 3,
        trigger: 'retry',
        tick: '2026-03-02T17:00:00.000Z',
        started: '2026-03-02T17:15:00.000Z',
        result: 'failed',
        message: 'failure 3',
        retryAt: null,
      },
    ]);
    const row = await jobRow(job.name);
    expect(row).toMatchObject({ lastResult: 'failed', lastMessage: 'failure 3', retryAt: null });
    // The next day's tick runs, a first try again.
    c.set(new Date('2026-03-03T17:00:00Z'));
    expect(await pass()).toBe(1);
    expect((await runsOf(job.name)).at(-1)).toMatchObject({
      attempt: 1,
      trigger: 'schedule',
      message: 'failure 4',
    });
  });

  it('a retry that would come after the next tick is not planned: the tick does the work', async () => {
    const c = new BusinessClock();
    c.set(new Date('2026-03-02T01:00:00Z'));
    const job = defineJob({
      name: 'test.retry-after-tick',
      label: { 'zh-CN': '失败', en: 'Fails' },
      intervalSeconds: 120,
      retry: { attempts: 3, baseMinutes: 5 },
      run: async () => {
        throw new Error('boom');
      },
    });
    await syncJobs(database.db, [job], c.now());
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(1);
    expect((await jobRow(job.name))?.retryAt).toBeNull();
    expect((await runsOf(job.name))[0]?.retryAt).toBeNull();
  });

  it('a schedule changed through its policy takes effect for the next tick', async () => {
    const c = new BusinessClock();
    c.set(new Date('2026-03-02T00:00:00Z'));
    const job = cronJob('test.policy-schedule', { policy: testRunTime });
    await syncJobs(database.db, [job], c.now());
    expect(iso((await jobRow(job.name))?.nextRunAt)).toBe('2026-03-02T17:00:00.000Z'); // 01:00 on 3 March
    const ctx: Ctx = {
      db: database.db,
      clock: c,
      actor: null,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    // An invalid expression is refused on its field, in both languages.
    const refused = await inTx(ctx, (tx) => setPolicy(tx, ctx, { id: testRunTime.id, value: 'daily' })).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((refused as { fields?: Record<string, unknown> }).fields?.value).toMatchObject({
      'zh-CN': expect.stringContaining('cron'),
      en: expect.stringContaining('cron'),
    });
    await inTx(ctx, (tx) => setPolicy(tx, ctx, { id: testRunTime.id, value: '30 3 * * *' }));
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(0);
    expect(iso((await jobRow(job.name))?.nextRunAt)).toBe('2026-03-02T19:30:00.000Z'); // 03:30 on 3 March
    c.set(new Date('2026-03-02T17:00:00Z'));
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(0);
    c.set(new Date('2026-03-02T19:30:00Z'));
    expect(await runDueJobs({ db: database.db, clock: c, jobs: [job] })).toBe(1);
    expect((await runsOf(job.name)).map((r) => iso(r.tickAt))).toEqual(['2026-03-02T19:30:00.000Z']);
    expect(iso((await jobRow(job.name))?.nextRunAt)).toBe('2026-03-03T19:30:00.000Z');
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

  it('a cron tick (17:30 on working days) is claimed by only one of two schedulers', async () => {
    const job = cronJob('test.cron-exactly-once', { cron: '30 17 * * *', workingDaysOnly: true });
    const clockA = new BusinessClock();
    const clockB = new BusinessClock();
    const start = new Date('2026-02-26T01:00:00Z'); // Thursday before the make-up Saturday 28 February
    clockA.set(start);
    clockB.set(start);
    await Promise.all([syncJobs(database.db, [job], start), syncJobs(second.db, [job], start)]);
    const a = { db: database.db, clock: clockA, jobs: [job], instance: 'instance-a' };
    const b = { db: second.db, clock: clockB, jobs: [job], instance: 'instance-b' };
    // Thursday, Friday, the make-up Saturday; Sunday is no working day; Monday.
    const days = ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'];
    const expected = [1, 1, 1, 0, 1];
    for (const [i, day] of days.entries()) {
      const at = new Date(`${day}T09:30:00Z`);
      clockA.set(at);
      clockB.set(at);
      const runs = await Promise.all([runDueJobs(a), runDueJobs(b), runDueJobs(a), runDueJobs(b)]);
      expect(
        runs.reduce((x, y) => x + y, 0),
        day,
      ).toBe(expected[i]);
    }
    const perTick = await runsPerTick(database.db, job.name);
    expect(perTick.map((t) => [iso(t.tickAt), t.runs])).toEqual([
      ['2026-02-26T09:30:00.000Z', 1],
      ['2026-02-27T09:30:00.000Z', 1],
      ['2026-02-28T09:30:00.000Z', 1],
      ['2026-03-02T09:30:00.000Z', 1],
    ]);
  });
});
