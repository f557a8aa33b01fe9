import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';
import { loadDemoOpportunities } from '../../demo/demo-opportunities.js';

const MINUTE = 60_000;
const sum = (xs: string[]) => xs.reduce((n, x) => n + BigInt(x), 0n).toString();

/** OPS-5/AR-4: finance's 工作台 — confirmations waiting, money collected, overdue by bucket. */
describe('workbench: finance', async () => {
  const t = await createTestApp();
  let cookie = '';
  const get = async (url: string) => {
    const res = await t.request('GET', url, { cookie });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    const db = t.database.db;
    await loadDemoCustomers(db, t.clock);
    await loadDemoOpportunities(db, t.clock);
    await loadDemoMoney(db, t.clock);
    cookie = await t.login('finance');
  }, 240_000);

  it('AR-4: the confirmations waiting are the pending payments list; the link opens it', async () => {
    const f = await get('/api/workbench/finance');
    const pending = await get('/api/payments?status=pending&pageSize=200');
    expect(f.pending.count).toBe(pending.total);
    expect(f.pending.count).toBeGreaterThan(0);
    expect(f.pending.amountFen).toBe(sum(pending.items.map((p: { amountFen: string }) => p.amountFen)));
    expect(f.pending.oldestReceivedOn).toBe(
      pending.items.map((p: { receivedOn: string }) => p.receivedOn).sort()[0],
    );
    expect(f.pending.link).toBe('/payments?status=pending');
  });

  it('AR-4: a confirmed payment leaves the confirmations waiting and counts as collected once the figures are computed again', async () => {
    const before = await get('/api/workbench/finance');
    const pending = await get('/api/payments?status=pending&pageSize=200');
    const one = pending.items[0];
    const confirmed = await t.request('POST', `/api/payments/${one.id}/confirm`, { cookie });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // Kept figures still show the payment waiting; computed afresh they do not.
    expect((await get('/api/workbench/finance')).pending.count).toBe(before.pending.count);
    t.clock.advance(MINUTE);
    const after = await get('/api/workbench/finance?fresh=true');
    expect(after.pending.count).toBe(before.pending.count - 1);
    expect(BigInt(after.pending.amountFen)).toBe(BigInt(before.pending.amountFen) - BigInt(one.amountFen));
    const month = await get(
      `/api/payments?status=confirmed&receivedFrom=${after.today.slice(0, 8)}01&receivedTo=${after.today}&pageSize=200`,
    );
    expect(after.collectedMonth.count).toBe(month.total);
    expect(after.collectedMonth.amountFen).toBe(
      sum(month.items.map((p: { amountFen: string }) => p.amountFen)),
    );
    const today = await get(
      `/api/payments?status=confirmed&receivedFrom=${after.today}&receivedTo=${after.today}&pageSize=200`,
    );
    expect(after.collectedToday.amountFen).toBe(
      sum(today.items.map((p: { amountFen: string }) => p.amountFen)),
    );
    expect(after.collectedToday.link).toBe(
      `/payments?status=confirmed&receivedFrom=${after.today}&receivedTo=${after.today}`,
    );
  });

  it('AR-9: overdue by bucket is the aging report of finance’s scope', async () => {
    const f = await get('/api/workbench/finance');
    const aging = await get('/api/receivables/aging');
    expect(f.aging.buckets.map((b: { amountFen: string }) => b.amountFen)).toEqual(aging.totals.bucketFen);
    expect(f.aging.overdueFen).toBe(aging.totals.overdueFen);
    expect(BigInt(f.aging.overdueFen)).toBeGreaterThan(0n);
  });

  it('ORG-5: only those who confirm payments have this 工作台', async () => {
    for (const u of ['rep01', 'director', 'gm']) {
      const res = await t.request('GET', '/api/workbench/finance', { cookie: await t.login(u) });
      expect(res.statusCode, u).toBe(403);
    }
  });
});
