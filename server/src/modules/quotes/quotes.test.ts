import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadActor } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';
import { markQuoteContracted, quoteForContract } from './for-contract.js';

let t: TestApp;
const cookies = new Map<string, string>();
const call = async (u: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown) => {
  if (!cookies.has(u)) cookies.set(u, await t.login(u));
  return t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
};

/** A customer owned by a demo user, written straight to the table. */
async function customer(owner: string, name: string) {
  const ownerId = await t.userId(owner);
  const [u] = await t.database.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
  const [row] = await t.database.db
    .insert(customers)
    .values({ name, nameKey: name, unitId: u!.unitId, level: 'B', ownerId, ownedSince: t.clock.now() })
    .returning();
  return row!.id;
}

let pumpId: string; // IS80 pump: list 6 800.00, floor 6 120.00
let rep01Customer: string;

beforeAll(async () => {
  t = await createTestApp();
  rep01Customer = await customer('rep01', '华宇建材');
  const res = await call('rep01', 'GET', '/api/products?q=PV-IS80');
  pumpId = res.json().items[0].id;
});

/** rep01 quotes `quantity` pumps at `pct` percent off list and submits; returns the quote. */
async function quoteAt(u: string, customerId: string, unitPriceFen: string, quantity = 1) {
  const res = await call(u, 'POST', '/api/quotes', {
    customerId,
    lines: [{ productId: pumpId, quantity, unitPriceFen }],
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function submit(u: string, id: string) {
  const res = await call(u, 'POST', `/api/quotes/${id}/submit`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function chain(u: string, id: string) {
  const res = await call(u, 'GET', `/api/approvals/history?docType=quote&docId=${id}`);
  expect(res.statusCode, res.body).toBe(200);
  const round = res.json().rounds[0];
  return {
    requestId: round.requestId as string,
    approvers: round.steps.map((s: { approver: { username: string } }) => s.approver.username),
  };
}
async function approve(u: string, requestId: string) {
  const res = await call(u, 'POST', `/api/approvals/${requestId}/approve`, {});
  expect(res.statusCode, res.body).toBe(200);
}

describe('quotes (Q2C-2, Q2C-3)', () => {
  it('Q2C-3: a new quote is a numbered draft; tax 13% included, validity today + 30 days, discounts computed', async () => {
    const q = await quoteAt('rep01', rep01Customer, '646000', 2);
    expect(q.number).toMatch(/^Q2026-\d{4}$/);
    expect(q).toMatchObject({
      status: 'draft',
      taxRatePct: 13,
      validUntil: '2026-04-01',
      listTotalFen: '1360000',
      totalFen: '1292000',
      taxFen: '148637', // 1 292 000 × 13 / 113 = 148 637.17…
      netTotalFen: '1143363',
      maxDiscountBp: 500,
      belowFloor: false,
      discountLimitPct: 5,
      directorDiscountPct: 20,
      approval: null,
    });
    expect(q.lines[0]).toMatchObject({
      productCode: 'PV-IS80',
      unit: '台',
      listPriceFen: '680000',
      discountBp: 500,
    });
    expect(q.actions).toMatchObject({ edit: true, submit: true, send: false });
    const timeline = await call('rep01', 'GET', `/api/customers/${rep01Customer}/timeline`);
    expect(timeline.json().items.some((e: { kind: string }) => e.kind === 'quote.created')).toBe(true);
  });

  it('Q2C-2: rep01 (limit 5%) at 3% → the manager only; at 10% → superior then manager, not sendable before both; at 25% → the director too', async () => {
    // 3% off: within the rep's own limit — only the manager's review (Q2C-3).
    const small = await quoteAt('rep01', rep01Customer, '659600');
    expect(small.maxDiscountBp).toBe(300);
    await submit('rep01', small.id);
    const c3 = await chain('rep01', small.id);
    expect(c3.approvers).toEqual(['manager_east']);
    expect((await call('rep01', 'POST', `/api/quotes/${small.id}/send`)).statusCode).toBe(409);
    await approve('manager_east', c3.requestId);
    const sent3 = await call('rep01', 'POST', `/api/quotes/${small.id}/send`);
    expect(sent3.statusCode, sent3.body).toBe(200);
    expect(sent3.json().status).toBe('sent');

    // 10% off: above 5% — the direct superior first, then the manager.
    const mid = await quoteAt('rep01', rep01Customer, '612000');
    expect(mid.maxDiscountBp).toBe(1000);
    const reviewing = await submit('rep01', mid.id);
    expect(reviewing.status).toBe('reviewing');
    const c10 = await chain('rep01', mid.id);
    expect(c10.approvers).toEqual(['sup_east1', 'manager_east']);
    const early = await call('rep01', 'POST', `/api/quotes/${mid.id}/send`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('STATUS_NOT_ALLOWED');
    await approve('sup_east1', c10.requestId);
    expect((await call('rep01', 'POST', `/api/quotes/${mid.id}/send`)).statusCode).toBe(409);
    await approve('manager_east', c10.requestId);
    const approved = await call('rep01', 'GET', `/api/quotes/${mid.id}`);
    expect(approved.json()).toMatchObject({ status: 'approved', approval: { status: 'approved' } });
    expect(approved.json().actions.send).toBe(true);
    expect((await call('rep01', 'POST', `/api/quotes/${mid.id}/send`)).statusCode).toBe(200);

    // 25% off: above quote.directorDiscountPct (20) — the sales director joins.
    const big = await quoteAt('rep01', rep01Customer, '510000');
    expect(big.maxDiscountBp).toBe(2500);
    await submit('rep01', big.id);
    expect((await chain('rep01', big.id)).approvers).toEqual(['sup_east1', 'manager_east', 'director']);
  });

  it('Q2C-2: a price under the floor adds the superior even within the own discount limit', async () => {
    const made = await call('director', 'POST', '/api/products', {
      code: 'TIGHT-1',
      name: '薄利配件',
      unit: '件',
      listPriceFen: '10000',
      floorPriceFen: '9900',
    });
    expect(made.statusCode, made.body).toBe(200);
    const res = await call('rep01', 'POST', '/api/quotes', {
      customerId: rep01Customer,
      lines: [{ productId: made.json().id, quantity: 3, unitPriceFen: '9800' }],
    });
    expect(res.json()).toMatchObject({ maxDiscountBp: 200, belowFloor: true });
    expect(res.json().lines[0].belowFloor).toBe(true);
    await submit('rep01', res.json().id);
    expect((await chain('rep01', res.json().id)).approvers).toEqual(['sup_east1', 'manager_east']);
  });

  it('Q2C-2: changing the director-discount policy changes new submissions only', async () => {
    const before = await quoteAt('rep01', rep01Customer, '510000');
    await submit('rep01', before.id);
    expect((await chain('rep01', before.id)).approvers).toContain('director');
    const set = await call('admin', 'PUT', '/api/policies/quote.directorDiscountPct', { value: 30 });
    expect(set.statusCode, set.body).toBe(200);
    t.clock.advance(60_000);
    const after = await quoteAt('rep01', rep01Customer, '510000');
    expect(after.directorDiscountPct).toBe(30);
    await submit('rep01', after.id);
    expect((await chain('rep01', after.id)).approvers).toEqual(['sup_east1', 'manager_east']);
    expect((await chain('rep01', before.id)).approvers).toEqual(['sup_east1', 'manager_east', 'director']);
    await call('admin', 'PUT', '/api/policies/quote.directorDiscountPct', { value: 20 });
    t.clock.advance(60_000);
  });

  it('Q2C-2: a larger personal limit by role (the supervisor, 8%) needs no superior at 8%', async () => {
    const supCustomer = await customer('sup_east1', '主管客户');
    const q = await quoteAt('sup_east1', supCustomer, '625600'); // 8% off
    expect(q.discountLimitPct).toBe(8);
    await submit('sup_east1', q.id);
    expect((await chain('sup_east1', q.id)).approvers).toEqual(['manager_east']);
  });

  it('ORG-5: another rep’s quote does not exist for me; the supervisor and the manager see it', async () => {
    const q = await quoteAt('rep01', rep01Customer, '680000');
    expect((await call('rep02', 'GET', `/api/quotes/${q.id}`)).statusCode).toBe(404);
    expect((await call('rep02', 'PATCH', `/api/quotes/${q.id}`, { remark: 'x' })).statusCode).toBe(404);
    expect((await call('rep04', 'GET', `/api/quotes/${q.id}`)).statusCode).toBe(404);
    expect((await call('sup_east1', 'GET', `/api/quotes/${q.id}`)).statusCode).toBe(200);
    expect((await call('manager_south', 'GET', `/api/quotes/${q.id}`)).statusCode).toBe(404);
    const rep02List = await call('rep02', 'GET', '/api/quotes?pageSize=200');
    expect(rep02List.json().items.some((i: { id: string }) => i.id === q.id)).toBe(false);
    const supList = await call(
      'sup_east1',
      'GET',
      `/api/quotes?pageSize=200&ownerId=${q.owner.id}&status=draft`,
    );
    expect(supList.json().items.some((i: { id: string }) => i.id === q.id)).toBe(true);
    // A customer the rep cannot read cannot be quoted.
    const other = await customer('rep02', '别人的客户');
    const refused = await call('rep01', 'POST', '/api/quotes', { customerId: other, lines: [] });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.fields.customerId).toBeTruthy();
  });

  it('Q2C-3: only a draft or rejected quote is edited; under review it is locked; after approval it is final', async () => {
    const q = await quoteAt('rep01', rep01Customer, '680000');
    const edited = await call('rep01', 'PATCH', `/api/quotes/${q.id}`, {
      remark: '含运费',
      lines: [{ productId: pumpId, quantity: 3 }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ remark: '含运费', totalFen: '2040000', maxDiscountBp: 0 });
    await submit('rep01', q.id);
    expect((await call('rep01', 'PATCH', `/api/quotes/${q.id}`, { remark: 'x' })).statusCode).toBe(423);
    const { requestId } = await chain('rep01', q.id);
    const rejected = await call('manager_east', 'POST', `/api/approvals/${requestId}/reject`, {
      comment: '请补充交期',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await call('rep01', 'GET', `/api/quotes/${q.id}`)).json().status).toBe('rejected');
    const fixed = await call('rep01', 'PATCH', `/api/quotes/${q.id}`, { remark: '交期 30 天' });
    expect(fixed.json().status).toBe('draft');
    await submit('rep01', q.id);
    const second = await chain('rep01', q.id);
    await approve('manager_east', second.requestId);
    const late = await call('rep01', 'PATCH', `/api/quotes/${q.id}`, { remark: 'y' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('STATUS_NOT_ALLOWED');
  });

  it('Q2C-3: a line whose amount would not fit the ledger is a field error, not a server error', async () => {
    const res = await call('rep01', 'POST', '/api/quotes', {
      customerId: rep01Customer,
      lines: [{ productId: pumpId, quantity: 1_000_000, unitPriceFen: '999999999999999' }],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields['lines.0.quantity']).toBeTruthy();
    const many = await call('rep01', 'POST', '/api/quotes', {
      customerId: rep01Customer,
      lines: Array.from({ length: 200 }, () => ({
        productId: pumpId,
        quantity: 1,
        unitPriceFen: '999999999999999',
      })),
    });
    expect(many.statusCode, many.body).toBe(400);
    expect(many.json().error.fields.lines).toBeTruthy();
  });

  it('Q2C-3: an empty quote cannot be submitted; a retired product cannot be quoted', async () => {
    const empty = await call('rep01', 'POST', '/api/quotes', { customerId: rep01Customer });
    expect(empty.statusCode).toBe(200);
    const res = await call('rep01', 'POST', `/api/quotes/${empty.json().id}/submit`);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('QUOTE_EMPTY');
    const viaEngine = await call('rep01', 'POST', '/api/approvals/submit', {
      docType: 'quote',
      docId: empty.json().id,
    });
    expect(viaEngine.json().error.code).toBe('QUOTE_EMPTY');
    const retired = await call('assistant_east', 'POST', '/api/products', {
      code: 'OLD-1',
      name: '旧型号',
      unit: '台',
    });
    const refused = await call('rep01', 'PATCH', `/api/quotes/${empty.json().id}`, {
      lines: [{ productId: retired.json().id, quantity: 1 }],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields['lines.0.productId']).toBeTruthy();
  });

  it('Q2C-3: past its validity a quote shows expired and cannot be sent or accepted; accept and decline only a sent quote', async () => {
    const a = await quoteAt('rep01', rep01Customer, '680000');
    const b = await quoteAt('rep01', rep01Customer, '680000');
    const c = await quoteAt('rep01', rep01Customer, '680000');
    for (const q of [a, b, c]) {
      await call('rep01', 'PATCH', `/api/quotes/${q.id}`, { validUntil: '2026-03-05' });
      expect((await call('rep01', 'POST', `/api/quotes/${q.id}/accept`)).statusCode).toBe(409);
      await submit('rep01', q.id);
      await approve('manager_east', (await chain('rep01', q.id)).requestId);
    }
    expect((await call('rep01', 'POST', `/api/quotes/${b.id}/send`)).statusCode).toBe(200);
    expect((await call('rep01', 'POST', `/api/quotes/${c.id}/send`)).statusCode).toBe(200);
    const declined = await call('rep01', 'POST', `/api/quotes/${c.id}/decline`);
    expect(declined.json()).toMatchObject({ status: 'declined' });
    expect((await call('rep01', 'POST', `/api/quotes/${c.id}/accept`)).statusCode).toBe(409);

    const saved = t.clock.now();
    t.clock.set(new Date('2026-03-06T02:00:00Z'));
    cookies.clear(); // sessions time out over days of business time: sign in again
    try {
      const shown = await call('rep01', 'GET', `/api/quotes/${a.id}`);
      expect(shown.json()).toMatchObject({ status: 'expired', actions: { send: false } });
      const send = await call('rep01', 'POST', `/api/quotes/${a.id}/send`);
      expect(send.statusCode).toBe(422);
      expect(send.json().error.code).toBe('QUOTE_EXPIRED');
      const accept = await call('rep01', 'POST', `/api/quotes/${b.id}/accept`);
      expect(accept.json().error.code).toBe('QUOTE_EXPIRED');
      const expired = await call('rep01', 'GET', '/api/quotes?status=expired&pageSize=200');
      const ids = expired.json().items.map((i: { id: string }) => i.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(ids).not.toContain(c.id); // declined is final
    } finally {
      t.clock.set(saved);
      cookies.clear();
    }
    const accepted = await call('rep01', 'POST', `/api/quotes/${b.id}/accept`);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const kinds = (await call('rep01', 'GET', `/api/customers/${rep01Customer}/timeline?pageSize=200`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'quote.submitted',
        'quote.approved',
        'quote.sent',
        'quote.accepted',
        'quote.declined',
      ]),
    );
  });

  it('Q2C-5: contracts read an accepted quote in scope and mark it contracted once', async () => {
    const q = await quoteAt('rep01', rep01Customer, '680000');
    await submit('rep01', q.id);
    await approve('manager_east', (await chain('rep01', q.id)).requestId);
    await call('rep01', 'POST', `/api/quotes/${q.id}/send`);
    const db = t.database.db;
    const actor = (await loadActor(db, await t.userId('rep01')))!;
    const other = (await loadActor(db, await t.userId('rep02')))!;
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await expect(quoteForContract(db, other, q.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const read = await quoteForContract(db, actor, q.id);
    expect(read).toMatchObject({
      number: q.number,
      customerId: rep01Customer,
      status: 'sent',
      totalFen: 680000n,
      contractId: null,
    });
    const contractId = '11111111-1111-4111-8111-111111111111';
    await expect(
      db.transaction((tx) => markQuoteContracted(tx, ctx, q.id, contractId)),
    ).rejects.toMatchObject({
      code: 'STATUS_NOT_ALLOWED',
    });
    await call('rep01', 'POST', `/api/quotes/${q.id}/accept`);
    await db.transaction((tx) => markQuoteContracted(tx, ctx, q.id, contractId));
    expect((await quoteForContract(db, actor, q.id)).contractId).toBe(contractId);
    await expect(
      db.transaction((tx) => markQuoteContracted(tx, ctx, q.id, contractId)),
    ).rejects.toMatchObject({
      code: 'STATUS_NOT_ALLOWED',
    });
    const audited = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where entity_id = ${q.id} and action = 'quote.contracted'`,
    );
    expect(Number(audited[0]!.n)).toBe(1);
  });
});

describe('quote to contract (Q2C-5)', () => {
  it('Q2C-5: an accepted quote offers 转为合同; POST /api/contracts {kind: main, quoteId} drafts it once and the quote links it', async () => {
    const q = await quoteAt('rep01', rep01Customer, '680000');
    await submit('rep01', q.id);
    await approve('manager_east', (await chain('rep01', q.id)).requestId);
    await call('rep01', 'POST', `/api/quotes/${q.id}/send`);
    const accepted = await call('rep01', 'POST', `/api/quotes/${q.id}/accept`);
    expect(accepted.json().actions.contract).toBe(true);
    const made = await call('rep01', 'POST', '/api/contracts', { kind: 'main', quoteId: q.id });
    expect(made.statusCode, made.body).toBe(200);
    const after = await call('rep01', 'GET', `/api/quotes/${q.id}`);
    expect(after.json()).toMatchObject({ contractId: made.json().id, actions: { contract: false } });
    const again = await call('rep01', 'POST', '/api/contracts', { kind: 'main', quoteId: q.id });
    expect(again.statusCode).toBe(409);
  });
});

describe('order intents (Q2C-4)', () => {
  it('Q2C-4: the rep reports to the direct superior, who is notified, has a due item and acknowledges it once', async () => {
    const res = await call('rep01', 'POST', '/api/order-intents', {
      customerId: rep01Customer,
      expectedAmountFen: '1200000',
      expectedOrderDate: '2026-03-20',
      note: '客户下周下单 2 台',
    });
    expect(res.statusCode, res.body).toBe(200);
    const intent = res.json();
    expect(intent).toMatchObject({
      supervisor: { username: 'sup_east1' },
      acknowledgedAt: null,
      canAcknowledge: false,
    });
    const supId = await t.userId('sup_east1');
    const notes = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from notifications where user_id = ${supId} and event = 'order_intent.reported'`,
    );
    expect(Number(notes[0]!.n)).toBe(1);
    const due = await queryRows<{ status: string; owner_id: string; due_at: Date }>(
      t.database.db,
      sql`select status, owner_id, due_at from due_items where subject_id = ${intent.id}`,
    );
    expect(due).toHaveLength(1);
    expect(due[0]!.owner_id).toBe(supId);
    // Reported Monday 2026-03-02: due by the end of Tuesday (one working day, Shanghai time).
    expect(new Date(due[0]!.due_at).toISOString()).toBe('2026-03-03T15:59:59.999Z');

    const toMe = await call('sup_east1', 'GET', '/api/order-intents?toMe=true&status=open');
    expect(toMe.json().items.map((i: { id: string }) => i.id)).toContain(intent.id);
    expect(toMe.json().items.find((i: { id: string }) => i.id === intent.id).canAcknowledge).toBe(true);
    expect(
      (await call('rep02', 'GET', '/api/order-intents')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(intent.id);
    expect((await call('rep01', 'POST', `/api/order-intents/${intent.id}/acknowledge`, {})).statusCode).toBe(
      403,
    );
    expect((await call('rep02', 'POST', `/api/order-intents/${intent.id}/acknowledge`, {})).statusCode).toBe(
      404,
    );
    const ack = await call('sup_east1', 'POST', `/api/order-intents/${intent.id}/acknowledge`, {
      comment: '跟进交期',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ acknowledgedBy: { username: 'sup_east1' }, ackComment: '跟进交期' });
    const closed = await queryRows<{ status: string }>(
      t.database.db,
      sql`select status from due_items where subject_id = ${intent.id}`,
    );
    expect(closed[0]!.status).toBe('closed');
    const again = await call('manager_east', 'POST', `/api/order-intents/${intent.id}/acknowledge`, {});
    expect(again.statusCode).toBe(409);
    const kinds = (await call('rep01', 'GET', `/api/customers/${rep01Customer}/timeline?pageSize=200`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['order_intent.reported', 'order_intent.acknowledged']));
  });

  it('Q2C-4: someone above the supervisor may acknowledge; a quote of another customer is refused', async () => {
    const other = await customer('rep01', '第二客户');
    const q = await quoteAt('rep01', rep01Customer, '680000');
    const wrong = await call('rep01', 'POST', '/api/order-intents', {
      customerId: other,
      quoteId: q.id,
      note: '意向',
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.fields.quoteId).toBeTruthy();
    const res = await call('rep01', 'POST', '/api/order-intents', {
      customerId: rep01Customer,
      quoteId: q.id,
      note: '意向',
    });
    expect(res.json().quote).toMatchObject({ id: q.id, number: q.number });
    const ack = await call('manager_east', 'POST', `/api/order-intents/${res.json().id}/acknowledge`, {});
    expect(ack.statusCode, ack.body).toBe(200);
  });
});
