import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { jobDefinition } from '../../platform/jobs/registry.js';
import { runDueJobs, syncJobs } from '../../platform/jobs/runner.js';
import { jobRuns } from '../../platform/jobs/tables.js';

describe('scheduled jobs and the business clock over HTTP', async () => {
  const t = await createTestApp();
  const admin = await t.login('admin');
  // Collection's daily job, as its module's manifest registered it.
  const collectionJob = jobDefinition('collection.daily')!;
  afterEach(() => {
    delete process.env.XG_CLOCK_CONTROL;
  });

  it('lists registered jobs; a job not yet scheduled has no next run', async () => {
    const res = await t.request('GET', '/api/jobs', { cookie: admin });
    expect(res.statusCode).toBe(200);
    const job = res.json().items.find((j: { name: string }) => j.name === 'deadlines.escalate');
    expect(job).toMatchObject({ intervalSeconds: 60, lastRunAt: null, lastResult: null });
    expect(job.label['zh-CN']).toBeTruthy();
  });

  it('run now records the run and the outcome, and audits who asked for it', async () => {
    const res = await t.request('POST', '/api/jobs/deadlines.escalate/run', { cookie: admin, body: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ result: 'ok', job: { name: 'deadlines.escalate', lastResult: 'ok' } });
    expect(res.json().job.lastRunAt).toBe(t.clock.now().toISOString());
    expect(res.json().job.nextRunAt).not.toBeNull();
    const runs = await t.database.db.select().from(jobRuns).where(eq(jobRuns.name, 'deadlines.escalate'));
    expect(runs.at(-1)).toMatchObject({ result: 'ok' });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'job'));
    expect(entry).toMatchObject({ action: 'run_now', entityId: 'deadlines.escalate', actorName: 'admin' });
  });

  it('VIS-1: a job named in camel case (visitPlans.openDueItems) can be run now by its name', async () => {
    const res = await t.request('POST', '/api/jobs/visitPlans.openDueItems/run', { cookie: admin, body: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().job.name).toBe('visitPlans.openDueItems');
  });

  it('an unknown job answers 404 with its own code', async () => {
    const res = await t.request('POST', '/api/jobs/no.such-job/run', { cookie: admin, body: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('JOB_UNKNOWN');
  });

  it('GET /api/clock tells the business time and the company time zone', async () => {
    const res = await t.request('GET', '/api/clock', { cookie: admin });
    expect(res.json()).toEqual({ now: t.clock.now().toISOString(), tz: 'Asia/Shanghai', control: false });
  });

  it('the clock cannot be set unless XG_CLOCK_CONTROL=true (404), nor by anyone but clock:manage (403)', async () => {
    const at = '2026-10-01T00:00:00.000Z';
    const off = await t.request('POST', '/api/clock/set', { cookie: admin, body: { at } });
    expect(off.statusCode).toBe(404);
    expect(off.json().error.code).toBe('CLOCK_CONTROL_DISABLED');
    process.env.XG_CLOCK_CONTROL = 'true';
    const rep = await t.login('rep01');
    expect((await t.request('POST', '/api/clock/set', { cookie: rep, body: { at } })).statusCode).toBe(403);
  });

  it('with XG_CLOCK_CONTROL=true an admin sets and advances the business clock, audited', async () => {
    process.env.XG_CLOCK_CONTROL = 'true';
    const before = t.clock.now();
    const set = await t.request('POST', '/api/clock/set', {
      cookie: admin,
      body: { at: before.toISOString() },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ now: before.toISOString(), control: true });
    const adv = await t.request('POST', '/api/clock/advance', { cookie: admin, body: { minutes: 90 } });
    expect(adv.json().now).toBe(new Date(before.getTime() + 90 * 60_000).toISOString());
    expect(t.clock.now().getTime()).toBe(before.getTime() + 90 * 60_000);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'clock'));
    expect(entries.map((e) => e.action)).toEqual(['set', 'advance']);
  });
  it('the business clock stays between 2000 and 2100: a set or advance beyond is a field error (400) and the clock and sessions keep working', async () => {
    process.env.XG_CLOCK_CONTROL = 'true';
    const admin = await t.login('admin');
    const before = t.clock.now();
    for (const at of ['9999-12-31T23:59:59Z', '1999-12-31T23:59:59Z', '2100-01-01T00:00:01Z']) {
      const res = await t.request('POST', '/api/clock/set', { cookie: admin, body: { at } });
      expect(res.statusCode, at).toBe(400);
      expect(res.json().error.fields.at).toBe('业务时钟只能设在 2000 年 1 月 1 日至 2100 年 1 月 1 日之间');
    }
    const near = await t.request('POST', '/api/clock/set', {
      cookie: admin,
      body: { at: '2099-12-01T00:00:00Z' },
    });
    expect(near.statusCode, near.body).toBe(200);
    // The jump ended the 2026 sessions (absolute timeout); sign in again at the edge.
    const admin2099 = await t.login('admin');
    // 366 days at a time, the largest step the schema takes, cannot walk the clock out of range either.
    const far = await t.request('POST', '/api/clock/advance', {
      cookie: admin2099,
      lang: 'en',
      body: { minutes: 366 * 24 * 60 },
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.fields.minutes).toBe(
      'The business clock must stay between 1 January 2000 and 1 January 2100',
    );
    expect(t.clock.now().toISOString()).toBe('2099-12-01T00:00:00.000Z');
    // A session signed in at the edge still works: its expiry is storable.
    expect((await t.request('GET', '/api/me', { cookie: admin2099 })).statusCode).toBe(200);
    t.clock.set(before);
  });

  it('AR-5/AR-8: the daily collection run is at 01:00 company time by default; a time set in the policy centre takes effect for the next tick', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z')); // Monday 09:00 in Shanghai
    const admin = await t.login('admin');
    await syncJobs(t.database.db, [collectionJob], t.clock.now());
    const list = async () => (await t.request('GET', '/api/jobs', { cookie: admin })).json();
    let job = (await list()).items.find((j: { name: string }) => j.name === 'collection.daily');
    expect(job).toMatchObject({
      intervalSeconds: null,
      schedule: { kind: 'cron', cron: '0 1 * * *', workingDaysOnly: false, policyId: 'ar.collectionRunTime' },
      nextRunAt: '2026-03-02T17:00:00.000Z', // 01:00 on 3 March in Shanghai
    });
    expect((await list()).timeZone).toBe('Asia/Shanghai');

    // Not a cron expression: a field error in both languages, nothing changes.
    for (const lang of ['zh-CN', 'en'] as const) {
      const bad = await t.request('PUT', '/api/policies/ar.collectionRunTime', {
        cookie: admin,
        lang,
        body: { value: 'every night' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.value).toBe(
        lang === 'en'
          ? 'A five-field cron expression (minute hour day month weekday), e.g. 30 17 * * *; L is the last day of the month'
          : '应为 5 段 cron 表达式（分 时 日 月 周），如 30 17 * * *；L 表示月末',
      );
    }

    const set = await t.request('PUT', '/api/policies/ar.collectionRunTime', {
      cookie: admin,
      body: { value: '30 7 * * *' },
    });
    expect(set.statusCode, set.body).toBe(200);
    await runDueJobs({ db: t.database.db, clock: t.clock, jobs: [collectionJob] });
    job = (await list()).items.find((j: { name: string }) => j.name === 'collection.daily');
    expect(job).toMatchObject({ schedule: { cron: '30 7 * * *' }, nextRunAt: '2026-03-02T23:30:00.000Z' });

    t.clock.set(new Date('2026-03-02T23:30:00Z'));
    expect(await runDueJobs({ db: t.database.db, clock: t.clock, jobs: [collectionJob] })).toBe(1);
    const runs = await t.database.db.select().from(jobRuns).where(eq(jobRuns.name, 'collection.daily'));
    expect(runs.map((r) => r.tickAt.toISOString())).toEqual(['2026-03-02T23:30:00.000Z']);
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
  });

  it('GET /api/jobs/:name/runs: every run newest first, paged, with tick, try, trigger and instance', async () => {
    const admin = await t.login('admin');
    for (let i = 0; i < 3; i++) {
      await t.request('POST', '/api/jobs/deadlines.escalate/run', { cookie: admin, body: {} });
      t.clock.advance(60_000);
    }
    const res = await t.request('GET', '/api/jobs/deadlines.escalate/runs?pageSize=2', { cookie: admin });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: 4 });
    expect(page.items).toHaveLength(2);
    const started = page.items.map((r: { startedAt: string }) => r.startedAt);
    expect(started).toEqual([...started].sort().reverse());
    expect(page.items[0]).toMatchObject({ attempt: 1, trigger: 'manual', result: 'ok', retryAt: null });
    expect(page.items[0].instance).toBeTruthy();
    const rest = (
      await t.request('GET', '/api/jobs/deadlines.escalate/runs?page=2&pageSize=2', { cookie: admin })
    ).json();
    expect(rest.items).toHaveLength(2);
    expect(rest.items[0].startedAt < page.items[1].startedAt).toBe(true);

    const bad = await t.request('GET', '/api/jobs/deadlines.escalate/runs?pageSize=0', { cookie: admin });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('pageSize');
    const unknown = await t.request('GET', '/api/jobs/no.such-job/runs', { cookie: admin });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('JOB_UNKNOWN');
  });
});
