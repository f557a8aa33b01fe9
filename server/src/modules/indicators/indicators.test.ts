import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { TIndicatorItem, TIndicatorPage, TRecordsPage } from './schemas.js';
import { type IndicatorKit, indicatorKit } from './test-kit.js';

let t: TestApp;
let k: IndicatorKit;
const ids: Record<string, string> = {};

/** Amounts in yuan as the table below writes them → fen. */
const yuan = (y: number) => BigInt(y) * 100n;
const fen = (y: number) => yuan(y).toString();

/**
 * The seeded quarter, 2026-Q1, and the same quarter of 2025 (business clock, company calendar):
 *
 *  rep01 (华东一组)  contracts: C1 ¥500,000 on 01-15, C2 ¥200,000 on 03-20, a supplement +¥50,000 on
 *                   02-20, a draft ¥999,000 (never counts); 2025: C0 ¥300,000 on 2025-02-10
 *                   payments: ¥300,000 on 03-10 confirmed; ¥100,000 pending; ¥50,000 rejected;
 *                   ¥20,000 confirmed and reversed on 03-25; 2025: ¥250,000 on 2025-03-01
 *                   orders: 10 + 5 under C1; 4 under C0
 *                   customers: K1 new 01-10, K2 a customer since 2025-06; 2025: K0 new 2025-02-01
 *  rep02 (华东一组)  contracts: C3 ¥400,000 on 02-05; 2025: ¥500,000 on 2025-03-01
 *                   payments: ¥400,000 on 03-05 confirmed
 *                   orders: 8 under C3
 *                   customers: K3 new 02-01; a lead of 2025-12 converted 03-10; a lead of 03-12
 *                   still a lead (never counts)
 *  rep04 (华东二组)  C4 ¥100,000 on 03-01; ¥50,000 received 03-28 confirmed; ¥30,000 received 04-02
 *                   confirmed 04-05 (April: not the quarter's); K4 new 03-01
 *  rep07 (华南一组)  C5 ¥900,000 on 02-01, nothing paid; 300 units; K5 new 01-05 — never 华东's
 *
 * Targets in force (approved): collections 华东 ¥400,000 a month; rep01 ¥200,000 a month, rep02
 * ¥100,000 a month; signed amount rep01 ¥300,000 a month. Market sizes 2026: 华东 ¥10,000,000,
 * 华南 ¥5,000,000. The sales amount is the collections (plan.salesBasis default).
 */
beforeAll(async () => {
  t = await createTestApp();
  k = indicatorKit(t);
  t.clock.set(new Date('2026-03-25T02:00:00Z'));

  const k1 = await k.customer('rep01', { since: '2026-01-10T02:00:00Z' });
  const k2 = await k.customer('rep01', { since: '2025-06-01T02:00:00Z' });
  const k0 = await k.customer('rep01', { since: '2025-02-01T02:00:00Z' });
  const k3 = await k.customer('rep02', { since: '2026-02-01T02:00:00Z' });
  const k3old = await k.customer('rep02', { since: '2024-05-01T02:00:00Z' });
  await k.customer('rep02', { since: '2026-03-10T02:00:00Z', createdAt: '2025-12-01T02:00:00Z' });
  await k.customer('rep02', { since: '2026-03-12T02:00:00Z', lifecycle: 'lead' });
  const k4 = await k.customer('rep04', { since: '2026-03-01T02:00:00Z' });
  const k5 = await k.customer('rep07', { since: '2026-01-05T02:00:00Z' });

  const c1 = (await k.signed('rep01', k1, yuan(500_000), '2026-01-15')).contract;
  await k.signed('rep01', k2, yuan(200_000), '2026-03-20');
  await k.contractRow('rep01', k1, {
    kind: 'supplement',
    status: 'signed',
    amountFen: yuan(550_000),
    deltaFen: yuan(50_000),
    signedOn: '2026-02-20',
    mainContractId: c1.id,
  });
  await k.contractRow('rep01', k2, { kind: 'main', status: 'draft', amountFen: yuan(999_000) });
  const c0 = (await k.signed('rep01', k0, yuan(300_000), '2025-02-10')).contract;
  const c3 = (await k.signed('rep02', k3, yuan(400_000), '2026-02-05')).contract;
  await k.signed('rep02', k3old, yuan(500_000), '2025-03-01');
  const c4 = (await k.signed('rep04', k4, yuan(100_000), '2026-03-01')).contract;
  const c5 = (await k.signed('rep07', k5, yuan(900_000), '2026-02-01')).contract;

  await k.order(c1, [10, 5]);
  await k.order(c0, [4]);
  await k.order(c3, [8]);
  await k.order(c5, [300]);

  // Payments through their routes: recorded by the rep, confirmed, rejected or reversed by finance.
  const p1 = await k.pay('rep01', k1, c1.id, yuan(300_000), '2026-03-10');
  await k.pay('rep01', k1, c1.id, yuan(100_000), '2026-03-12'); // stays pending
  const p3 = await k.pay('rep01', k1, c1.id, yuan(50_000), '2026-03-15');
  const p7 = await k.pay('rep01', k1, c1.id, yuan(20_000), '2026-03-18');
  const p0 = await k.pay('rep01', k0, c0.id, yuan(250_000), '2025-03-01');
  const p4 = await k.pay('rep02', k3, c3.id, yuan(400_000), '2026-03-05');
  for (const id of [p1, p7, p0, p4]) await k.post('finance', `/api/payments/${id}/confirm`);
  await k.post('finance', `/api/payments/${p3}/reject`, { reason: '银行未到账' });
  await k.post('finance', `/api/payments/${p7}/reverse`, { reason: '录错客户' });

  t.clock.set(new Date('2026-03-30T02:00:00Z'));
  await k.post(
    'finance',
    `/api/payments/${await k.pay('rep04', k4, c4.id, yuan(50_000), '2026-03-28')}/confirm`,
  );
  t.clock.set(new Date('2026-04-05T02:00:00Z'));
  await k.post(
    'finance',
    `/api/payments/${await k.pay('rep04', k4, c4.id, yuan(30_000), '2026-04-02')}/confirm`,
  );

  const months = ['2026-01', '2026-02', '2026-03'];
  await k.approvedTargets(
    'HQ',
    2026,
    'collected_amount',
    months.map((period) => ({ subject: 'unit:EAST', period, value: yuan(400_000) })),
  );
  await k.approvedTargets('EAST-T1', 2026, 'collected_amount', [
    ...months.map((period) => ({ subject: 'user:rep01', period, value: yuan(200_000) })),
    ...months.map((period) => ({ subject: 'user:rep02', period, value: yuan(100_000) })),
  ]);
  await k.approvedTargets(
    'EAST-T1',
    2026,
    'signed_amount',
    months.map((period) => ({ subject: 'user:rep01', period, value: yuan(300_000) })),
  );
  await k.marketSize('EAST', 2026, yuan(10_000_000));
  await k.marketSize('SOUTH', 2026, yuan(5_000_000));

  t.clock.set(new Date('2026-04-10T02:00:00Z'));
  for (const u of ['rep01', 'rep02', 'rep04']) ids[u] = (await k.user(u)).id;
  for (const u of ['EAST', 'HQ']) ids[u] = await k.unitId(u);
});

const figure = (
  actual: number,
  target: number | null,
  completionPct: number | null,
  lastYear: number,
  growthPct: number | null,
  money = true,
) => ({
  actual: money ? fen(actual) : String(actual),
  target: target === null ? null : money ? fen(target) : String(target),
  completionPct,
  lastYear: money ? fen(lastYear) : String(lastYear),
  growthPct,
});

/** PLAN-5: the hand-computed table of 2026-Q1. */
const expected = {
  rep01: {
    sales: figure(300_000, 600_000, 50, 250_000, 20),
    metrics: {
      // C1 500,000 + C2 200,000 + the supplement's 50,000; 2025: C0 300,000.
      signed_amount: figure(750_000, 900_000, 83.3, 300_000, 150),
      // 300,000 + 20,000 − the reversal's 20,000 (pending and rejected never count); 2025: 250,000.
      collected_amount: figure(300_000, 600_000, 50, 250_000, 20),
      volume: figure(15, null, null, 4, 275, false),
      new_customers: figure(1, null, null, 1, 0, false),
    },
    // C1's instalment ¥500,000 due 02-14; ¥300,000 of it collected by the quarter's end.
    collection: { dueFen: fen(500_000), collectedFen: fen(300_000), ratePct: 60 },
    // No survey answered, no expense claimed in the quarter (SVC-2, EXP-1): provided, empty.
    satisfaction: { pct: null, responses: 0, provided: true },
    expense: { expenseFen: '0', ratioPct: 0, provided: true },
    marketShare: { pct: null, marketSizeFen: null },
  },
  rep02: {
    sales: figure(400_000, 300_000, 133.3, 0, null),
    metrics: {
      signed_amount: figure(400_000, null, null, 500_000, -20),
      collected_amount: figure(400_000, 300_000, 133.3, 0, null),
      volume: figure(8, null, null, 0, null, false),
      // K3 and the lead converted on 03-10.
      new_customers: figure(2, null, null, 0, null, false),
    },
    collection: { dueFen: fen(400_000), collectedFen: fen(400_000), ratePct: 100 },
    // No survey answered, no expense claimed in the quarter (SVC-2, EXP-1): provided, empty.
    satisfaction: { pct: null, responses: 0, provided: true },
    expense: { expenseFen: '0', ratioPct: 0, provided: true },
    marketShare: { pct: null, marketSizeFen: null },
  },
  EAST: {
    sales: figure(750_000, 1_200_000, 62.5, 250_000, 200),
    metrics: {
      // rep01 750,000 + rep02 400,000 + rep04 100,000; 2025: 300,000 + 500,000.
      signed_amount: figure(1_250_000, null, null, 800_000, 56.3),
      // rep01 300,000 + rep02 400,000 + rep04 50,000 (not April's 30,000).
      collected_amount: figure(750_000, 1_200_000, 62.5, 250_000, 200),
      volume: figure(23, null, null, 4, 475, false),
      new_customers: figure(4, null, null, 1, 300, false),
    },
    // C1 500,000 + C3 400,000 + C4 100,000 due; 300,000 + 400,000 + 50,000 collected by 03-31.
    collection: { dueFen: fen(1_000_000), collectedFen: fen(750_000), ratePct: 75 },
    // No survey answered, no expense claimed in the quarter (SVC-2, EXP-1): provided, empty.
    satisfaction: { pct: null, responses: 0, provided: true },
    expense: { expenseFen: '0', ratioPct: 0, provided: true },
    // 750,000 × 12 ÷ (10,000,000 × 3).
    marketShare: { pct: 30, marketSizeFen: fen(10_000_000) },
  },
};

describe('PLAN-5: indicators from the records', () => {
  it('PLAN-5: every indicator of two reps and one unit for the seeded quarter equals the hand-computed table', async () => {
    const page = await k.get<TIndicatorPage>(
      'director',
      `/api/indicators?period=2026-Q1&subjects=user:${ids.rep01},user:${ids.rep02},unit:${ids.EAST}`,
    );
    expect(page).toMatchObject({
      period: '2026-Q1',
      from: '2026-01-01',
      to: '2026-03-31',
      salesMetric: 'collected_amount',
    });
    const [rep01, rep02, east] = page.items as [TIndicatorItem, TIndicatorItem, TIndicatorItem];
    expect(rep01.subject).toMatchObject({
      type: 'user',
      id: ids.rep01,
      name: '赵磊',
      unit: { name: '华东一组' },
    });
    expect(east.subject).toMatchObject({ type: 'unit', id: ids.EAST, name: '华东大区' });
    const { subject: _1, ...r1 } = rep01;
    const { subject: _2, ...r2 } = rep02;
    const { subject: _3, ...e } = east;
    expect(r1).toEqual(expected.rep01);
    expect(r2).toEqual(expected.rep02);
    expect(e).toEqual(expected.EAST);
  });

  it('PLAN-5: market share of the company is its sales over the sum of its regions’ markets', async () => {
    const page = await k.get<TIndicatorPage>(
      'director',
      `/api/indicators?period=2026-Q1&subjects=unit:${ids.HQ}`,
    );
    // Only 华东 collected this quarter: 750,000 × 12 ÷ (15,000,000 × 3).
    expect(page.items[0]!.marketShare).toEqual({ pct: 20, marketSizeFen: fen(15_000_000) });
    expect(page.items[0]!.sales.actual).toBe(fen(750_000));
  });

  it('PLAN-5: each figure is explained — the records listed sum to the figure, with what a person needs to find them', async () => {
    const subjects = [`user:${ids.rep01}`, `user:${ids.rep02}`, `unit:${ids.EAST}`];
    const page = await k.get<TIndicatorPage>(
      'director',
      `/api/indicators?period=2026-Q1&subjects=${subjects.join(',')}`,
    );
    for (const [i, subject] of subjects.entries()) {
      const item = page.items[i]!;
      for (const metric of ['signed_amount', 'collected_amount', 'volume', 'new_customers'] as const) {
        const records = await k.get<TRecordsPage>(
          'director',
          `/api/indicators/records?subject=${subject}&period=2026-Q1&metric=${metric}&pageSize=200`,
        );
        expect(records.sum, `${subject} ${metric}`).toBe(item.metrics[metric].actual);
        expect(records.items.reduce((s, r) => s + BigInt(r.value), 0n).toString()).toBe(records.sum);
        expect(records.total).toBe(records.items.length);
      }
      const collection = await k.get<TRecordsPage>(
        'director',
        `/api/indicators/records?subject=${subject}&period=2026-Q1&metric=collection_rate`,
      );
      expect(collection.sum).toBe(item.collection.dueFen);
      expect(collection.collectedSum).toBe(item.collection.collectedFen);
    }

    const payments = await k.get<TRecordsPage>(
      'director',
      `/api/indicators/records?subject=user:${ids.rep01}&period=2026-Q1&metric=collected_amount`,
    );
    // The confirmed payment, the reversed one and its reversal; never the pending or rejected.
    expect(payments.items.map((r) => [r.recordKind, r.date, r.value])).toEqual([
      ['reversal', '2026-03-25', `-${fen(20_000)}`],
      ['payment', '2026-03-18', fen(20_000)],
      ['payment', '2026-03-10', fen(300_000)],
    ]);
    expect(payments.items[2]!.number).toMatch(/\S/);
    expect(payments.items[2]!.customer?.name).toMatch(/指标测试客户/);
    expect(payments.items[2]!.link).toBe(`/payments?id=${payments.items[2]!.id}`);

    const contracts = await k.get<TRecordsPage>(
      'director',
      `/api/indicators/records?subject=user:${ids.rep01}&period=2026-Q1&metric=signed_amount&pageSize=2`,
    );
    // Paged, with the figure over every page.
    expect(contracts.items.map((r) => [r.recordKind, r.date, r.value])).toEqual([
      ['contract', '2026-03-20', fen(200_000)],
      ['supplement', '2026-02-20', fen(50_000)],
    ]);
    expect(contracts.total).toBe(3);
    expect(contracts.sum).toBe(fen(750_000));
    expect(contracts.items[0]!.link).toMatch(/^\/contracts\//);

    const lines = await k.get<TRecordsPage>(
      'director',
      `/api/indicators/records?subject=user:${ids.rep01}&period=2026-Q1&metric=volume`,
    );
    expect(lines.items.map((r) => [r.recordKind, r.product, r.value]).sort()).toEqual([
      ['order_line', '指标测试产品 1', '10'],
      ['order_line', '指标测试产品 2', '5'],
    ]);
    const joined = await k.get<TRecordsPage>(
      'director',
      `/api/indicators/records?subject=user:${ids.rep02}&period=2026-Q1&metric=new_customers`,
    );
    expect(joined.items.map((r) => [r.recordKind, r.date])).toEqual([
      ['customer', '2026-03-10'],
      ['customer', '2026-02-01'],
    ]);
  });

  it('PLAN-5: a week counts its own days, and its target is its working days’ share of the month', async () => {
    // 2026-W11 is 9–15 March: the ¥300,000 received on the 10th (the ¥100,000 of the 12th is pending).
    const page = await k.get<TIndicatorPage>(
      'director',
      `/api/indicators?period=2026-W11&subjects=user:${ids.rep01}`,
    );
    expect(page).toMatchObject({ from: '2026-03-09', to: '2026-03-15' });
    // ¥200,000 × 5 of March's 22 working days = ¥45,454.545 → 4,545,455 fen.
    expect(page.items[0]!.sales).toMatchObject({
      actual: fen(300_000),
      target: '4545455',
      completionPct: 660,
    });
    const records = await k.get<TRecordsPage>(
      'director',
      `/api/indicators/records?subject=user:${ids.rep01}&period=2026-W11&metric=collected_amount`,
    );
    expect(records.sum).toBe(fen(300_000));
  });

  it('PLAN-5/AR-9: the collection rate of an ended period counts what was confirmed by its end; a running one, everything so far', async () => {
    const at = async (period: string) =>
      (await k.get<TIndicatorPage>('director', `/api/indicators?period=${period}&subjects=user:${ids.rep04}`))
        .items[0]!.collection;
    // C4's ¥100,000 fell due on 03-31: ¥50,000 confirmed in March, ¥30,000 on 04-05.
    expect(await at('2026-Q1')).toEqual({ dueFen: fen(100_000), collectedFen: fen(50_000), ratePct: 50 });
    expect(await at('2026')).toEqual({ dueFen: fen(100_000), collectedFen: fen(80_000), ratePct: 80 });
  });

  it('ORG-5: a rep reads only their own indicators; another person or a unit is not found', async () => {
    const mine = await k.get<TIndicatorPage>('rep01', '/api/indicators?period=2026-Q1');
    expect(mine.levels).toEqual(['me']);
    expect(mine.items.map((i) => i.subject.id)).toEqual([ids.rep01]);
    expect(mine.items[0]!.sales).toEqual(expected.rep01.sales);
    for (const url of [
      `/api/indicators?period=2026-Q1&subjects=user:${ids.rep02}`,
      `/api/indicators?period=2026-Q1&subjects=unit:${ids.EAST}`,
      `/api/indicators/records?subject=user:${ids.rep02}&period=2026-Q1&metric=signed_amount`,
      `/api/indicators/records?subject=unit:${ids.EAST}&period=2026-Q1&metric=signed_amount`,
    ]) {
      const res = await k.call('rep01', 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    // The units level has nothing for a rep.
    const units = await k.get<TIndicatorPage>('rep01', '/api/indicators?period=2026-Q1&level=units');
    expect(units.items).toEqual([]);
  });

  it('ORG-5: a supervisor reads themself and the people below; a manager their unit tree and its people', async () => {
    const team = await k.get<TIndicatorPage>('sup_east1', '/api/indicators?period=2026-Q1&level=people');
    expect(team.levels).toEqual(['me', 'people']);
    const names = team.items.map((i) => i.subject.name);
    expect(names).toEqual(expect.arrayContaining(['赵磊', '钱芳', '孙浩']));
    expect(names).not.toContain('李娜');
    const res = await k.call('sup_east1', 'GET', `/api/indicators?period=2026-Q1&subjects=user:${ids.rep04}`);
    expect(res.statusCode).toBe(404);

    const units = await k.get<TIndicatorPage>('manager_east', '/api/indicators?period=2026-Q1&level=units');
    expect(units.items.map((i) => i.subject.name)).toEqual(['华东销售部', '华东一组', '华东二组']);
    const east = await k.call(
      'manager_east',
      'GET',
      `/api/indicators?period=2026-Q1&subjects=unit:${ids.EAST}`,
    );
    expect(east.statusCode).toBe(404);
  });

  it('PLAN-5/ORG-5: the export is the list as a workbook, audited', async () => {
    const res = await k.call('director', 'GET', '/api/indicators/export?period=2026-Q1&level=units');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const denied = await k.call('rep01', 'GET', '/api/indicators/export?period=2026-Q1');
    expect(denied.statusCode).toBe(403);
  });

  it('bad periods and subjects are field errors', async () => {
    for (const [url, field] of [
      ['/api/indicators?period=2026-13', 'period'],
      ['/api/indicators?period=2026-W54', 'period'],
      ['/api/indicators?subjects=user:1', 'subjects'],
      ['/api/indicators/records?subject=team:x&period=2026&metric=volume', 'subject'],
      [
        '/api/indicators/records?subject=user:00000000-0000-4000-8000-000000000000&period=2026&metric=x',
        'metric',
      ],
    ] as const) {
      const res = await k.call('director', 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), url).toContain(field);
    }
  });
  it('PLAN-5: the sales amount follows plan.salesBasis — signed contracts when the policy says so', async () => {
    const cookie = await k.as('director');
    const set = await t.request('PUT', '/api/policies/plan.salesBasis', {
      cookie,
      body: { value: 'signed' },
    });
    expect(set.statusCode, set.body).toBe(200);
    try {
      const page = await k.get<TIndicatorPage>(
        'director',
        `/api/indicators?period=2026-Q1&subjects=user:${ids.rep01}`,
      );
      expect(page.salesMetric).toBe('signed_amount');
      expect(page.items[0]!.sales).toEqual(expected.rep01.metrics.signed_amount);
    } finally {
      // A later version of the policy (never two at one instant).
      t.clock.set(new Date(t.clock.now().getTime() + 60_000));
      const back = await t.request('PUT', '/api/policies/plan.salesBasis', {
        cookie: await k.as('director'),
        body: { value: 'collected' },
      });
      expect(back.statusCode, back.body).toBe(200);
    }
  });
});
