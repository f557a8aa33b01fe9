import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';
import { loadDemoVisits } from '../../demo/demo-visits.js';
import { indicatorsFor } from '../indicators/index.js';
import { approveDemoTargets } from './test-kit.js';

const MINUTE = 60_000;

/** Polls until `read` gives a value (figures computed in the background). */
async function eventually<T>(read: () => Promise<T | null>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the figures were not computed again');
}
const sum = (xs: string[]) => xs.reduce((n, x) => n + BigInt(x), 0n).toString();

/** OPS-5: the rep's 工作台 — their own figures only, each equal to the list behind it. */
describe('workbench: my figures', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const as = async (username: string) => {
    let cookie = cookies.get(username);
    if (!cookie) {
      cookie = await t.login(username);
      cookies.set(username, cookie);
    }
    return cookie;
  };
  const get = async (username: string, url: string) => {
    const res = await t.request('GET', url, { cookie: await as(username) });
    expect(res.statusCode, `${username} ${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  let rep01 = '';

  beforeAll(async () => {
    const db = t.database.db;
    await loadDemoCustomers(db, t.clock);
    await loadDemoOpportunities(db, t.clock);
    await loadDemoMoney(db, t.clock);
    await loadDemoVisits(db, t.clock);
    await approveDemoTargets(db, {
      year: 2026,
      perPerson: (u) => (u === 'rep01' ? 5_000_000n : 3_000_000n),
      metrics: ['collected_amount', 'signed_amount'],
    });
    rep01 = await t.userId('rep01');
  }, 240_000);

  it('OPS-5/PLAN-5: rep01’s targets and sales this month and year are the indicators read model’s', async () => {
    const me = await get('rep01', '/api/workbench/me');
    expect(me.user.username).toBe('rep01');
    expect(me.month).toBe(me.today.slice(0, 7));
    const [month, year] = await indicatorsFor(t.database.db, {
      subjects: [{ type: 'user', id: rep01 }],
      periods: [me.month, me.year],
      at: t.clock.now(),
    });
    expect(me.salesMetric).toBe(month!.salesMetric);
    for (const [shown, metric] of [
      [me.kpis.sales, month!.salesMetric],
      [me.kpis.signed, 'signed_amount'],
      [me.kpis.collected, 'collected_amount'],
    ] as const) {
      const { link: ml, ...m } = shown.month;
      const { link: yl, ...y } = shown.year;
      expect(m).toEqual(month!.metrics[metric]);
      expect(y).toEqual(year!.metrics[metric]);
      expect(ml).toBe(`/indicators?subject=user%3A${rep01}&period=${me.month}&metric=${metric}`);
      expect(yl).toBe(`/indicators?subject=user%3A${rep01}&period=${me.year}&metric=${metric}`);
    }
    // The fixture's approved targets are in force: ¥50,000 a month, twelve of them a year.
    expect(me.kpis.sales.month.target).toBe('5000000');
    expect(me.kpis.sales.year.target).toBe('60000000');
    expect(me.targetsSet).toBe(true);
    expect(me.pace.month).toBeGreaterThan(0);
    expect(me.pace.month).toBeLessThanOrEqual(100);
  });

  it('OPS-5/AR-5: rep01’s overdue is the overdue list in rep01’s scope, and the link opens that list', async () => {
    const me = await get('rep01', '/api/workbench/me');
    const list = await get('rep01', '/api/receivables?status=overdue&pageSize=200');
    expect(BigInt(me.overdue.amountFen)).toBeGreaterThan(0n);
    expect(me.overdue.amountFen).toBe(sum(list.items.map((r: { openFen: string }) => r.openFen)));
    expect(me.overdue.count).toBe(list.total);
    const oldest = list.items.map((r: { dueDate: string }) => r.dueDate).sort()[0];
    expect(me.overdue.oldestDueDate).toBe(oldest);
    // The link is the list page with its own URL filters; the API under it gives the same rows.
    expect(me.overdue.link).toBe(`/receivables?status=overdue&ownerId=${rep01}`);
    const linked = await get('rep01', `/api${me.overdue.link}&pageSize=200`);
    expect(sum(linked.items.map((r: { openFen: string }) => r.openFen))).toBe(me.overdue.amountFen);
    // Every row is rep01's own.
    expect(new Set(list.items.map((r: { owner: { id: string } }) => r.owner.id))).toEqual(new Set([rep01]));
  });

  it('OPS-5/AR-9: collections against this month’s plan are the collection summary of the month', async () => {
    const me = await get('rep01', '/api/workbench/me');
    const from = `${me.month}-01`;
    const last = new Date(Date.UTC(Number(me.month.slice(0, 4)), Number(me.month.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    const summary = await get('rep01', `/api/receivables/summary?from=${from}&to=${last}`);
    expect(me.collections.dueFen).toBe(summary.dueInPeriodFen);
    expect(me.collections.collectedFen).toBe(summary.collectedInPeriodFen);
    expect(me.collections.ratePct).toBe(summary.collectionRatePct);
    expect(me.collections.link).toBe('/receivables?tab=metrics');
  });

  it('OPS-5/CUS-8: rep01’s pipeline by stage is rep01’s board; by expected close month, the list filtered to the month', async () => {
    const me = await get('rep01', '/api/workbench/me');
    const board = await get('rep01', '/api/opportunities/board');
    for (const s of me.pipeline.byStage) {
      const column = board.columns.find((c: { stage: string }) => c.stage === s.stage);
      expect([s.count, s.amountFen, s.weightedFen]).toEqual([
        column.count,
        column.amountFen,
        column.weightedFen,
      ]);
      const linked = await get('rep01', `/api${s.link.replace('tab=list&', '')}&pageSize=200`);
      expect(linked.total).toBe(s.count);
    }
    expect(me.pipeline.count).toBeGreaterThan(0);
    expect(me.pipeline.byMonth.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(
      me.pipeline.count,
    );
    for (const m of me.pipeline.byMonth) {
      const linked = await get('rep01', `/api${m.link.replace('tab=list&', '')}&pageSize=200`);
      expect(linked.total).toBe(m.count);
      expect(sum(linked.items.map((o: { amountFen: string }) => o.amountFen))).toBe(m.amountFen);
    }
  });

  it('OPS-5/VIS-4: today’s visits and the to-do counts are rep01’s own', async () => {
    const me = await get('rep01', '/api/workbench/me');
    const visits = await get('rep01', `/api/visits?today=true&repId=${rep01}&pageSize=50`);
    const expected = visits.items.filter((v: { status: string }) => v.status !== 'cancelled');
    expect(me.visitsToday.map((v: { id: string }) => v.id).sort()).toEqual(
      expected.map((v: { id: string }) => v.id).sort(),
    );
    expect(me.visitsToday.length).toBeGreaterThan(0);
    for (const v of me.visitsToday) expect(v.link).toBe(`/visits/${v.id}`);
    const count = await get('rep01', '/api/todo/count');
    expect(me.todo.total).toBe(count.total);
    expect(me.todo.sections.map((s: { key: string; count: number }) => [s.key, s.count])).toEqual(
      count.sections.map((s: { key: string; count: number }) => [s.key, s.count]),
    );
  });

  it('ORG-5: a rep has no team, no company and no finance 工作台; their 一览表 is themselves', async () => {
    for (const url of ['/api/workbench/team', '/api/workbench/company', '/api/workbench/finance']) {
      const res = await t.request('GET', url, { cookie: await as('rep01') });
      expect(res.statusCode, url).toBe(403);
    }
    const status = await get('rep01', '/api/sales-status');
    expect(status.rows.map((r: { key: string }) => r.key)).toEqual([`user:${rep01}`]);
    const me = await get('rep01', '/api/workbench/me');
    expect(status.rows[0].sales.actual).toBe(me.kpis.sales.month.actual);
    expect(status.rows[0].overdue.amountFen).toBe(me.overdue.amountFen);
  });

  it('OPS-5/ADR 26: figures are kept for workbench.cacheMinutes, refreshed behind a stale copy up to workbench.staleMinutes, and say when they were computed; fresh=true recomputes', async () => {
    const before = await get('rep01', '/api/workbench/me');
    // rep01 gets a new opportunity: the kept copy does not show it yet.
    const customerId = (
      await queryRows<{ id: string }>(
        t.database.db,
        sql`select id::text as id from customers where owner_id = ${rep01} and lifecycle = 'customer' limit 1`,
      )
    )[0]!.id;
    const created = await t.request('POST', '/api/opportunities', {
      cookie: await as('rep01'),
      body: { customerId, name: '工作台缓存测试商机', amountFen: '1000000', expectedCloseDate: '2026-06-15' },
    });
    expect(created.statusCode, created.body).toBe(200);
    const kept = await get('rep01', '/api/workbench/me');
    expect(kept.asOf).toBe(before.asOf);
    expect(kept.pipeline.count).toBe(before.pipeline.count);
    // Today's visits and 待办 are read on every request.
    expect(kept.todo).toEqual(before.todo);
    // A minute later (the default) the kept copy is still shown once, while new figures are
    // computed for the next reader.
    t.clock.advance(MINUTE);
    const stale = await get('rep01', '/api/workbench/me');
    expect(stale.asOf).toBe(before.asOf);
    const later = await eventually(async () => {
      const again = await get('rep01', '/api/workbench/me');
      return again.asOf === t.clock.now().toISOString() ? again : null;
    });
    expect(later.pipeline.count).toBe(before.pipeline.count + 1);
    // Past workbench.staleMinutes (30) the old copy is not shown: the reader waits for new figures.
    t.clock.advance(31 * MINUTE);
    expect((await get('rep01', '/api/workbench/me')).asOf).toBe(t.clock.now().toISOString());
    // fresh=true computes now, whatever is kept.
    t.clock.advance(10_000);
    const fresh = await get('rep01', '/api/workbench/me?fresh=true');
    expect(fresh.asOf).toBe(t.clock.now().toISOString());
    // With the policy at 0, every request computes afresh.
    const set = await t.request('PUT', '/api/policies/workbench.cacheMinutes', {
      cookie: await as('director'),
      body: { value: 0, note: '测试：不缓存' },
    });
    expect(set.statusCode, set.body).toBe(200);
    t.clock.advance(1000);
    expect((await get('rep01', '/api/workbench/me')).asOf).toBe(t.clock.now().toISOString());
    t.clock.advance(1000);
    expect((await get('rep01', '/api/workbench/me')).asOf).toBe(t.clock.now().toISOString());
  });

  it('bad input: fresh other than true/false is a field error', async () => {
    const res = await t.request('GET', '/api/workbench/me?fresh=maybe', { cookie: await as('rep01') });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain('fresh');
  });
});
