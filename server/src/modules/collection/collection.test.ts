import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import { contracts } from '../contracts/index.js';
import type { TTodo } from '../todo/index.js';
import { collectionJob } from './job.js';
import type { TAging, TReceivable, TSummary } from './schemas.js';
import { signedFor } from './test-kit.js';

let t: TestApp;
const cookies: Record<string, string> = {};
/** Sessions time out when the business clock jumps: one sign-in per user and clock time. */
const as = async (user: string) => {
  const key = `${user}@${t.clock.now().toISOString()}`;
  cookies[key] ??= await t.login(user);
  return cookies[key]!;
};
const get = async <T>(user: string, url: string): Promise<T> => {
  const res = await t.request('GET', url, { cookie: await as(user) });
  expect(res.statusCode, `${user} GET ${url}: ${res.body}`).toBe(200);
  return res.json() as T;
};

beforeAll(async () => {
  t = await createTestApp();
});

/** Notifications a user got about one instalment. */
async function noticesOf(username: string, instalmentId: string) {
  const userId = await t.userId(username);
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.subjectId, instalmentId)));
}

/** AR-8: the daily sweep opens the overdue items; the deadline job fires their ladder. */
const runJob = async () => {
  const outcome = await executeJob(t.database.db, t.clock, collectionJob, t.clock.now(), 'test');
  await executeJob(t.database.db, t.clock, deadlineJob, t.clock.now(), 'test');
  return outcome;
};

describe('receivables, aging and the escalation ladder', () => {
  it('AR-1/AR-5/AR-8: signed on D, on D+31 the instalment is 1 day overdue, in the first bucket; rep and manager are told once', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const { contract, instalments } = await signedFor(t, 'rep01', 1_000_000n, '2026-03-02');
    const inst = instalments[0]!;
    expect(inst.dueDate).toBe('2026-04-01');

    // Before the due date: not due, in the not-due column.
    let list = await get<{ items: TReceivable[] }>('rep01', `/api/receivables?contractId=${contract.id}`);
    expect(list.items.map((r) => r.status)).toEqual(['not_due']);

    t.clock.set(new Date('2026-04-02T01:00:00Z')); // D+31, 09:00 in Shanghai
    const outcome = await runJob();
    expect(outcome.result).toBe('ok');

    list = await get<{ items: TReceivable[] }>('rep01', `/api/receivables?contractId=${contract.id}`);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
      bucket: '1-30',
      amountFen: '1000000',
      collectedFen: '0',
      openFen: '1000000',
    });

    expect((await noticesOf('rep01', inst.id)).map((n) => n.event)).toEqual(['receivable.overdue']);
    expect((await noticesOf('manager_east', inst.id)).map((n) => n.event)).toEqual(['receivable.escalated']);
    expect(await noticesOf('sup_east1', inst.id)).toHaveLength(0);
    expect(await noticesOf('director', inst.id)).toHaveLength(0);
    // The rep sees it in their own notification list, with a link to the receivables.
    const mine = await get<{ items: { link: string | null; subjectId: string | null }[] }>(
      'rep01',
      '/api/notifications',
    );
    expect(mine.items.find((n) => n.subjectId === inst.id)?.link).toBe(
      `/receivables?contractId=${contract.id}`,
    );

    const aging = await get<TAging>(
      'manager_east',
      `/api/receivables/aging?groupBy=rep&contractId=${contract.id}`,
    );
    expect(aging.buckets.map((b) => b.key)).toEqual(['1-30', '31-60', '61-90', '91-']);
    expect(aging.rows).toHaveLength(1);
    expect(aging.rows[0]).toMatchObject({
      key: await t.userId('rep01'),
      label: '赵磊',
      notDueFen: '0',
      bucketFen: ['1000000', '0', '0', '0'],
      totalOpenFen: '1000000',
    });
    // Drill-down: the list filtered by the row's key and the bucket finds it.
    const drill = await get<{ items: TReceivable[] }>(
      'manager_east',
      `/api/receivables?ownerId=${aging.rows[0]!.key}&bucket=1-30&contractId=${contract.id}`,
    );
    expect(drill.items.map((r) => r.id)).toEqual([inst.id]);

    // Again the same day, and the next day: nobody is told twice.
    await runJob();
    t.clock.set(new Date('2026-04-03T01:00:00Z'));
    await runJob();
    expect(await noticesOf('rep01', inst.id)).toHaveLength(1);
    expect(await noticesOf('manager_east', inst.id)).toHaveLength(1);
  });

  it('AR-8: at 30 days overdue the director is told; at 90 the contract goes to legal review and finance hears', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const { contract, instalments } = await signedFor(t, 'rep02', 300_000n, '2026-03-02');
    const inst = instalments[0]!;
    t.clock.set(new Date('2026-05-01T01:00:00Z')); // 30 days overdue
    await runJob();
    expect((await noticesOf('director', inst.id)).map((n) => n.event)).toEqual(['receivable.escalated']);
    expect(await noticesOf('finance', inst.id)).toHaveLength(0);
    // Skipped levels are taken at once: the rep and the manager were told too.
    expect(await noticesOf('rep02', inst.id)).toHaveLength(1);
    expect(await noticesOf('manager_east', inst.id)).toHaveLength(1);

    t.clock.set(new Date('2026-06-30T01:00:00Z')); // 90 days overdue
    await runJob();
    const [after] = await t.database.db.select().from(contracts).where(eq(contracts.id, contract.id));
    expect(after!.legalStatus).toBe('legal_review');
    expect((await noticesOf('finance', inst.id)).map((n) => n.event)).toEqual(['receivable.legalReview']);
    expect((await noticesOf('director', inst.id)).map((n) => n.event).sort()).toEqual([
      'receivable.escalated',
      'receivable.legalReview',
    ]);
    const aging = await get<TAging>(
      'director',
      `/api/receivables/aging?groupBy=unit&contractId=${contract.id}`,
    );
    expect(aging.rows[0]!.bucketFen).toEqual(['0', '0', '300000', '0']);
    expect(aging.rows[0]!.label).toBe('华东一组');
  });

  it('AR-8: the overdue instalment is a due item of the rep; confirming the payment that pays it off closes it at once and the ladder stops', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const { contract, instalments } = await signedFor(t, 'rep03', 400_000n, '2026-03-02');
    const inst = instalments[0]!;
    t.clock.set(new Date('2026-04-05T01:00:00Z')); // 4 days overdue
    await runJob();
    const itemOf = async () =>
      (await t.database.db.select().from(dueItems).where(eq(dueItems.subjectId, inst.id)))[0]!;
    expect(await itemOf()).toMatchObject({
      kind: 'receivable.overdue',
      ownerId: await t.userId('rep03'),
      status: 'open',
      dueAt: new Date('2026-04-01T16:00:00Z'), // the first overdue day, 00:00 in Shanghai
      rungsFired: 2,
    });
    // AR-5: the rep's 待办 lists the overdue instalment with its open amount, opening the receivable.
    const overdueOf = async (user: string) =>
      (await get<TTodo>(user, '/api/todo?limit=100')).sections.find(
        (s) => s.key === 'collection.overdueInstalments',
      )!.items;
    expect((await overdueOf('rep03')).find((d) => d.id === inst.id)).toMatchObject({
      link: `/receivables?contractId=${contract.id}`,
      amountFen: '400000',
      overdue: true,
    });

    const paid = await t.request('POST', '/api/payments', {
      cookie: await as('rep03'),
      body: {
        customerId: contract.customerId,
        contractId: contract.id,
        method: 'cash',
        amountFen: '400000',
        receivedOn: '2026-04-05',
        payer: '客户财务部',
      },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const confirmed = await t.request('POST', `/api/payments/${paid.json().id}/confirm`, {
      cookie: await as('finance'),
      body: {},
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // Closed with the confirmation (AR-4), not at the next daily run: gone from the rep's 待办.
    expect(await itemOf()).toMatchObject({ status: 'closed', closedReason: 'paid' });
    expect((await overdueOf('rep03')).find((d) => d.id === inst.id)).toBeUndefined();
    await runJob();
    expect(await itemOf()).toMatchObject({ status: 'closed', closedReason: 'paid' });
    t.clock.set(new Date('2026-05-01T01:00:00Z')); // 30 days: the director would have been told
    await runJob();
    expect(await noticesOf('director', inst.id)).toHaveLength(0);
  });

  it('AR-4: an unconfirmed payment does not reduce the receivable in any report; confirming it does', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const { contract, instalments } = await signedFor(t, 'rep02', 500_000n, '2026-03-02');
    const inst = instalments[0]!;
    t.clock.set(new Date('2026-04-10T01:00:00Z')); // 9 days overdue
    // The rep records 2,000 yuan through the payments route: pending, it only reserves the instalment.
    const recorded = await t.request('POST', '/api/payments', {
      cookie: await as('rep02'),
      body: {
        customerId: contract.customerId,
        contractId: contract.id,
        method: 'cash',
        amountFen: '200000',
        receivedOn: '2026-04-10',
        payer: '客户财务部',
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const paymentId = recorded.json().id as string;

    const f = `contractId=${contract.id}`;
    const period = 'from=2026-04-01&to=2026-04-30';
    const read = async () => ({
      list: (await get<{ items: TReceivable[] }>('sup_east1', `/api/receivables?${f}`)).items[0]!,
      aging: (await get<TAging>('sup_east1', `/api/receivables/aging?groupBy=customer&${f}`)).totals,
      summary: await get<TSummary>('sup_east1', `/api/receivables/summary?${period}&${f}`),
    });

    const before = await read();
    expect(before.list).toMatchObject({ collectedFen: '0', openFen: '500000', status: 'overdue' });
    expect(before.aging).toMatchObject({ totalOpenFen: '500000', overdueFen: '500000' });
    expect(before.summary).toMatchObject({
      dueInPeriodFen: '500000',
      collectedInPeriodFen: '0',
      collectionRatePct: 0,
      openFen: '500000',
      overdueFen: '500000',
      overdueRatioPct: 100,
      salesFen: '500000',
    });

    // Finance confirms: the settlement counts from now on.
    const confirmed = await t.request('POST', `/api/payments/${paymentId}/confirm`, {
      cookie: await as('finance'),
      body: {},
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const after = await read();
    expect(after.list).toMatchObject({ collectedFen: '200000', openFen: '300000', status: 'overdue' });
    expect(after.aging).toMatchObject({ totalOpenFen: '300000', overdueFen: '300000' });
    expect(after.summary).toMatchObject({
      dueInPeriodFen: '500000',
      collectedInPeriodFen: '200000',
      collectionRatePct: 40,
      openFen: '300000',
      overdueFen: '300000',
      overdueRatioPct: 100,
    });
    // DSO: 3,000 open ÷ (5,000 signed in the last 90 days ÷ 90) = 54 days.
    expect(after.summary.dsoDays).toBe(54);
    // The same figures per region (the east region holds rep02's team).
    const byRegion = await get<TSummary>(
      'director',
      `/api/receivables/summary?${period}&${f}&groupBy=region`,
    );
    expect(byRegion.groups).toEqual([
      expect.objectContaining({
        label: '华东大区',
        collectedInPeriodFen: '200000',
        openFen: '300000',
        dsoDays: 54,
      }),
    ]);
    expect(after.list.id).toBe(inst.id);
  });

  it('AR-5/ORG-5: a rep sees only their own receivables; the region groups by the unit below the company', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const east = await signedFor(t, 'rep03', 70_000n, '2026-03-02');
    const south = await signedFor(t, 'rep07', 80_000n, '2026-03-02');
    t.clock.set(new Date('2026-03-05T01:00:00Z'));
    const rep01 = await get<{ items: TReceivable[] }>('rep01', '/api/receivables?pageSize=200');
    expect(rep01.items.every((r) => r.owner.username === 'rep01')).toBe(true);
    expect(
      (await get<{ items: TReceivable[] }>('rep01', `/api/receivables?contractId=${east.contract.id}`)).items,
    ).toHaveLength(0);

    const ids = `customerId=${east.contract.customerId}`;
    const region = await get<TAging>('director', `/api/receivables/aging?groupBy=region&${ids}`);
    expect(region.rows.map((r) => r.label)).toEqual(['华东大区']);
    const southRegion = await get<TAging>(
      'director',
      `/api/receivables/aging?groupBy=region&customerId=${south.contract.customerId}`,
    );
    expect(southRegion.rows.map((r) => r.label)).toEqual(['华南大区']);
    // The manager of the east does not see the south.
    const managerView = await get<TAging>(
      'manager_east',
      `/api/receivables/aging?groupBy=region&customerId=${south.contract.customerId}`,
    );
    expect(managerView.rows).toHaveLength(0);
    // Not yet due: due soon only within ar.dueSoonDays (7) of the due date.
    const listed = await get<{ items: TReceivable[] }>(
      'director',
      `/api/receivables?contractId=${east.contract.id}`,
    );
    expect(listed.items[0]!.status).toBe('not_due');
    t.clock.set(new Date('2026-03-27T01:00:00Z'));
    const soon = await get<{ items: TReceivable[] }>(
      'director',
      `/api/receivables?contractId=${east.contract.id}&status=due_soon`,
    );
    expect(soon.items).toHaveLength(1);
  });

  it('AR-9: the export is its own permission, keeps the filters and is audited', async () => {
    const res = await t.request('GET', '/api/receivables/export?status=overdue', {
      cookie: await as('finance'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const [row] = await queryRows<{ n: string }>(
      t.database.db,
      sql`select count(*)::text as n from audit_log where action = 'receivable.export'`,
    );
    expect(Number(row!.n)).toBeGreaterThan(0);
    const rep = await t.request('GET', '/api/receivables/export', { cookie: await as('rep01') });
    expect(rep.statusCode).toBe(403);
  });
});
