import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { loadDemoCustomers } from '../../demo/demo-customers.js';
import { loadDemoMoney } from '../../demo/demo-money.js';

describe('the rep’s customer file and customer kinds (CUS-6, CUS-3)', async () => {
  const t = await createTestApp();
  // The demo customers and their deals: quotes, contracts, orders, payment plans, payments.
  await loadDemoCustomers(t.database.db, t.clock);
  await loadDemoMoney(t.database.db, t.clock);
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const idOf = async (by: string, name: string) => {
    const res = await t.request('GET', `/api/customers?q=${encodeURIComponent(name)}&pageSize=5`, {
      cookie: await as(by),
    });
    const found = (res.json().items as { id: string; name: string }[]).find((c) => c.name === name);
    expect(found, name).toBeDefined();
    return found!.id;
  };

  it('CUS-6: the file shows the categories bought, payment method, deposit and due dates from orders, contracts and receivables', async () => {
    // Demo deal: 520,000 signed 140 days ago, split 30/40/30, order of 8 PLC cabinets, 12 gear
    // reducers and 40 pressure sensors; the 156,000 deposit paid by bank transfer and confirmed.
    const id = await idOf('rep02', '上海闵行汽车零部件有限公司');
    const res = await t.request('GET', `/api/customers/${id}/file`, { cookie: await as('rep02') });
    expect(res.statusCode, res.body).toBe(200);
    const file = res.json();
    expect(file.productCategories).toEqual([
      { name: '自动化控制', quantity: 48 },
      { name: '传动与减速', quantity: 12 },
    ]);
    expect(file.paymentMethods).toEqual([{ method: 'bank_transfer', count: 1, totalFen: '15600000' }]);
    expect(file.contracts).toEqual([
      expect.objectContaining({ title: '涂装线输送及控制系统年度合同', amountFen: '52000000' }),
    ]);
    const number = file.contracts[0].number;
    expect(file.deposits).toEqual([
      expect.objectContaining({ contractNumber: number, amountFen: '15600000', settledFen: '15600000' }),
    ]);
    // The open instalments: the 40% and 30% parts (and the supplement's), earliest first, none settled.
    const due = file.dueDates as { dueDate: string; seq: number; amountFen: string; openFen: string }[];
    expect(due.map((d) => d.amountFen)).toEqual(expect.arrayContaining(['20800000', '15600000']));
    expect(due.map((d) => d.dueDate)).toEqual([...due.map((d) => d.dueDate)].sort());
    expect(due.every((d) => BigInt(d.openFen) > 0n && BigInt(d.openFen) <= BigInt(d.amountFen))).toBe(true);
    expect(due.some((d) => d.seq === 1)).toBe(false);
  });

  it('CUS-6: a customer without deals has an empty file; another rep’s customer answers 404', async () => {
    const created = await t.request('POST', '/api/customers', {
      cookie: await as('rep01'),
      body: { name: '档案空白测试有限公司', level: 'C' },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().customer.id;
    const res = await t.request('GET', `/api/customers/${id}/file`, { cookie: await as('rep01') });
    expect(res.json()).toEqual({
      productCategories: [],
      contracts: [],
      paymentMethods: [],
      deposits: [],
      dueDates: [],
    });
    const other = await t.request('GET', `/api/customers/${id}/file`, { cookie: await as('rep04') });
    expect(other.statusCode).toBe(404);
  });

  it('CUS-3: the list filters by the kinds the regulations name — existing, target, potential, peer, distributor, agent', async () => {
    const kinds = ['existing', 'target', 'potential', 'peer', 'distributor', 'agent'] as const;
    for (const [i, type] of kinds.entries()) {
      const res = await t.request('POST', '/api/customers', {
        cookie: await as('rep03'),
        body: { name: `客户种类${'甲乙丙丁戊己'[i]}测试公司`, level: 'B', type },
      });
      expect(res.statusCode, res.body).toBe(200);
      t.clock.advance(60_000);
    }
    for (const type of kinds) {
      const res = await t.request(
        'GET',
        `/api/customers?q=${encodeURIComponent('客户种类')}&type=${type}&pageSize=50`,
        { cookie: await as('rep03') },
      );
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { type: string }[];
      expect(items.map((c) => c.type)).toEqual([type]);
    }
    const bad = await t.request('GET', '/api/customers?type=vip', { cookie: await as('rep03') });
    expect(bad.statusCode).toBe(400);
  });
});
