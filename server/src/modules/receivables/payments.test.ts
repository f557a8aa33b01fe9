import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { multipartBody } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';
import { CUSTOMER_CREDIT } from './credit-notes.js';
import { customerDebt } from './outstanding.js';
import { payments } from './tables.js';

const t = await createTestApp();
const rep = await t.login('rep01');
const finance = await t.login('finance');

/** A customer owned by a demo user, written straight to the table (the customer API is elsewhere). */
async function customer(owner: string, name: string) {
  const ownerId = await t.userId(owner);
  const [u] = await t.database.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
  const [row] = await t.database.db
    .insert(customers)
    .values({ name, nameKey: name, unitId: u!.unitId, level: 'B', ownerId, ownedSince: t.clock.now() })
    .returning();
  return row!.id;
}
const owned: Record<string, string> = {
  rep01: await customer('rep01', '华宇建材'),
  rep02: await customer('rep02', '东方机电'),
};

const contract = (amountFen: bigint, ownerUsername = 'rep01', customerId = owned[ownerUsername]) =>
  signedContractFixture(t.database, t.clock, {
    ownerUsername,
    customerId,
    amountFen,
    signedOn: '2026-03-01',
  });

function pay(cookie: string, body: Record<string, unknown>, key?: string): ReturnType<typeof t.request> {
  return t.request('POST', '/api/payments', {
    cookie,
    body: { method: 'cash', receivedOn: '2026-03-02', payer: '客户财务部', ...body },
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
}

const plan = async (contractId: string, cookie = rep) =>
  (await t.request('GET', `/api/contracts/${contractId}/plan`, { cookie })).json();
const money = async (contractId: string, cookie = rep) =>
  (await t.request('GET', `/api/contracts/${contractId}/money`, { cookie })).json();
const credit = (customerId: string) => balanceOf(t.database.db, CUSTOMER_CREDIT, customerId);

async function attachSlip(paymentId: string, cookie = rep) {
  const { payload, headers } = multipartBody(
    { fileName: '回单.png', content: Buffer.from('png'), mimeType: 'image/png' },
    { purpose: 'remittance_slip' },
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/payments/${paymentId}/attachments`,
    headers: { ...headers, cookie },
    payload,
  });
}

describe('AR-1 payment plan', () => {
  it("ORG-5: another rep's contract plan and money are not found", async () => {
    const { contract: c } = await contract(500_000n, 'rep02');
    expect((await t.request('GET', `/api/contracts/${c.id}/plan`, { cookie: rep })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/contracts/${c.id}/money`, { cookie: rep })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/contracts/${c.id}/plan`, { cookie: finance })).statusCode).toBe(200);
  });

  it('AR-1: a plan change must add up to the open unreserved part; after the sales manager and finance approve it replaces the open instalments, the settled part stays collected', async () => {
    const { contract: c } = await contract(1_000_000n);
    const first = (
      await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '400000' })
    ).json();
    expect(
      (await t.request('POST', `/api/payments/${first.id}/confirm`, { cookie: finance })).statusCode,
    ).toBe(200);
    const before = await plan(c.id);
    expect(before.changeableFen).toBe('600000');

    const wrong = await t.request('POST', `/api/contracts/${c.id}/plan-changes`, {
      cookie: rep,
      body: { instalments: [{ dueDate: '2026-04-30', amountFen: '500000' }], reason: '客户资金安排' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('PLAN_SUM_MISMATCH');
    expect(wrong.json().error.fields.instalments).toBeTruthy();

    const req = await t.request('POST', `/api/contracts/${c.id}/plan-changes`, {
      cookie: rep,
      body: {
        instalments: [
          { dueDate: '2026-05-15', amountFen: '300000' },
          { dueDate: '2026-04-15', amountFen: '300000' },
        ],
        reason: '客户资金安排，分两期',
      },
    });
    expect(req.statusCode).toBe(200);
    const change = req.json();
    expect(change.status).toBe('reviewing');
    expect((await plan(c.id)).pendingChangeId).toBe(change.id);
    // Only one change under review at a time.
    const again = await t.request('POST', `/api/contracts/${c.id}/plan-changes`, {
      cookie: rep,
      body: { instalments: [{ dueDate: '2026-04-30', amountFen: '600000' }], reason: '再改' },
    });
    expect(again.statusCode).toBe(409);

    for (const approver of ['manager_east', 'finance']) {
      const cookie = await t.login(approver);
      const pending = (await t.request('GET', '/api/approvals/pending', { cookie })).json();
      const item = pending.items.find((i: { docId: string }) => i.docId === change.id);
      expect(item, `${approver} has the plan change to approve`).toBeTruthy();
      expect(item.link).toBe(`/payments?planChange=${change.id}`);
      const ok = await t.request('POST', `/api/approvals/${item.requestId}/approve`, { cookie, body: {} });
      expect(ok.statusCode).toBe(200);
    }
    expect((await t.request('GET', `/api/plan-changes/${change.id}`, { cookie: rep })).json().status).toBe(
      'approved',
    );
    const after = await plan(c.id);
    // The fully open part moved to version 2; the partly settled signing instalment is superseded.
    expect(
      after.instalments.map((i: { dueDate: string; amountFen: string; planVersion: number }) => [
        i.dueDate,
        i.amountFen,
        i.planVersion,
      ]),
    ).toEqual([
      ['2026-04-15', '300000', 2],
      ['2026-05-15', '300000', 2],
    ]);
    const m = await money(c.id);
    expect(m).toMatchObject({
      contractAmountFen: '1000000',
      collectedFen: '400000',
      outstandingFen: '600000',
    });
  });

  it('AR-1: instalments a pending payment reserves stay out of a plan change', async () => {
    const { contract: c } = await contract(200_000n);
    await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '50000' });
    expect((await plan(c.id)).changeableFen).toBe('0');
    const res = await t.request('POST', `/api/contracts/${c.id}/plan-changes`, {
      cookie: rep,
      body: { instalments: [{ dueDate: '2026-04-30', amountFen: '150000' }], reason: '改期' },
    });
    expect(res.json().error.code).toBe('PLAN_SUM_MISMATCH');
  });
});

describe('AR-2/AR-4 payments', () => {
  it('AR-4: the person who recorded a payment cannot confirm it (403) unless the ar.confirmOwnPayment policy allows', async () => {
    const { contract: c } = await contract(200_000n);
    const p = (await pay(finance, { customerId: c.customerId, contractId: c.id, amountFen: '50000' })).json();
    expect(p.recorderMayConfirm).toBe(false);
    const self = await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
    expect(self.statusCode).toBe(403);
    expect(self.json().error).toMatchObject({
      code: 'PAYMENT_CONFIRM_SELF',
      message: '回款须由录入人以外的另一位财务人员确认',
    });
    expect((await plan(c.id)).instalments[0]).toMatchObject({ confirmedFen: '0', pendingFen: '50000' });
    const inEnglish = await t.request('POST', `/api/payments/${p.id}/confirm`, {
      cookie: finance,
      lang: 'en',
    });
    expect(inEnglish.json().error.message).toBe(
      'A payment must be confirmed by someone other than the person who recorded it',
    );

    const admin = await t.login('admin');
    const allow = (value: boolean) =>
      t.request('PUT', '/api/policies/ar.confirmOwnPayment', { cookie: admin, body: { value } });
    expect((await allow(true)).statusCode).toBe(200);
    try {
      const detail = (await t.request('GET', `/api/payments/${p.id}`, { cookie: finance })).json();
      expect(detail.recorderMayConfirm).toBe(true);
      const ok = await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ status: 'confirmed', confirmedBy: { username: 'finance' } });
    } finally {
      expect((await allow(false)).statusCode).toBe(200);
    }
  });

  it('AR-4: an unconfirmed payment does not reduce the receivable; confirming it does', async () => {
    const { contract: c } = await contract(1_000_000n);
    const today = '2026-03-02';
    const debtBefore = await customerDebt(t.database.db, c.customerId, today);
    const res = await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '300000' });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ status: 'pending', amountFen: '300000', unallocatedFen: '0' });
    expect(p.number).toMatch(/^SK2026-\d{6}$/);
    expect(p.allocations).toEqual([expect.objectContaining({ amountFen: '300000', confirmed: false })]);

    let i = (await plan(c.id)).instalments[0];
    expect(i).toMatchObject({ confirmedFen: '0', pendingFen: '300000', openFen: '1000000' });
    expect((await customerDebt(t.database.db, c.customerId, today)).outstandingFen).toBe(
      debtBefore.outstandingFen,
    );
    expect((await money(c.id)).collectedFen).toBe('0');
    expect((await money(c.id)).pendingFen).toBe('300000');

    // The rep cannot confirm; finance does.
    expect((await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: rep })).statusCode).toBe(403);
    const confirmed = await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', confirmedBy: { username: 'finance' } });

    i = (await plan(c.id)).instalments[0];
    expect(i).toMatchObject({ confirmedFen: '300000', pendingFen: '0', openFen: '700000' });
    expect((await customerDebt(t.database.db, c.customerId, today)).outstandingFen).toBe(
      debtBefore.outstandingFen - 300_000n,
    );
    expect(await money(c.id)).toMatchObject({
      collectedFen: '300000',
      pendingFen: '0',
      outstandingFen: '700000',
    });
    // Confirmed once only.
    expect((await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance })).statusCode).toBe(
      409,
    );
  });

  it('AR-4: finance is told of a new payment and the rep of the decision; the customer timeline shows both', async () => {
    const { contract: c } = await contract(100_000n);
    const p = (await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '100000' })).json();
    const notes = (await t.request('GET', '/api/notifications', { cookie: finance })).json();
    expect(notes.items.some((n: { link: string }) => n.link === `/payments?id=${p.id}`)).toBe(true);
    await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
    const mine = (await t.request('GET', '/api/notifications', { cookie: rep })).json();
    expect(mine.items.some((n: { link: string }) => n.link === `/payments?id=${p.id}`)).toBe(true);
    const timeline = await queryRows<{ kind: string }>(
      t.database.db,
      sql`select kind from timeline_events where ref_id = ${p.id} order by at`,
    );
    expect(timeline.map((e) => e.kind)).toEqual(['payment.recorded', 'payment.confirmed']);
  });

  it('AR-4: rejecting a payment releases its reservation; it never counts', async () => {
    const { contract: c } = await contract(500_000n);
    const p = (await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '500000' })).json();
    expect((await plan(c.id)).instalments[0].pendingFen).toBe('500000');
    const noReason = await t.request('POST', `/api/payments/${p.id}/reject`, {
      cookie: finance,
      body: { reason: ' ' },
    });
    expect(noReason.statusCode).toBe(400);
    const res = await t.request('POST', `/api/payments/${p.id}/reject`, {
      cookie: finance,
      body: { reason: '款未到账' },
    });
    expect(res.json()).toMatchObject({ status: 'rejected', rejectReason: '款未到账' });
    expect(res.json().allocations[0].released).toBe(true);
    expect((await plan(c.id)).instalments[0]).toMatchObject({ pendingFen: '0', openFen: '500000' });
    // A new payment can take the whole instalment again.
    const again = (
      await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '500000' })
    ).json();
    expect(again.unallocatedFen).toBe('0');
    expect(
      (await t.request('POST', `/api/payments/${p.id}/reverse`, { cookie: finance, body: { reason: 'x' } }))
        .statusCode,
    ).toBe(409);
  });

  it('AR-4: an overpayment becomes customer credit on confirmation; a reversal restores the receivable and the credit, once', async () => {
    const { contract: c } = await contract(500_000n);
    const creditBefore = await credit(c.customerId);
    const p = (await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '800000' })).json();
    expect(p.unallocatedFen).toBe('300000');
    expect(await credit(c.customerId)).toBe(creditBefore);
    await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
    expect(await credit(c.customerId)).toBe(creditBefore + 300_000n);
    const balance = (
      await t.request('GET', `/api/customers/${c.customerId}/credit-balance`, { cookie: rep })
    ).json();
    expect(balance.balanceFen).toBe((creditBefore + 300_000n).toString());
    expect(balance.entries[0]).toMatchObject({ kind: 'overpayment', amountFen: '300000', refId: p.id });
    expect((await plan(c.id)).instalments[0].openFen).toBe('0');
    expect((await plan(c.id)).instalments[0].status).toBe('paid');

    const rev = await t.request('POST', `/api/payments/${p.id}/reverse`, {
      cookie: finance,
      body: { reason: '银行退票' },
    });
    expect(rev.statusCode).toBe(200);
    expect(rev.json()).toMatchObject({
      kind: 'reversal',
      reversalOfId: p.id,
      amountFen: '-800000',
      unallocatedFen: '-300000',
      status: 'confirmed',
    });
    expect((await plan(c.id)).instalments[0]).toMatchObject({ openFen: '500000', confirmedFen: '0' });
    expect(await credit(c.customerId)).toBe(creditBefore);
    expect((await money(c.id)).collectedFen).toBe('0');
    const original = (await t.request('GET', `/api/payments/${p.id}`, { cookie: rep })).json();
    expect(original.reversedById).toBe(rev.json().id);
    const twice = await t.request('POST', `/api/payments/${p.id}/reverse`, {
      cookie: finance,
      body: { reason: '再冲' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('STATUS_NOT_ALLOWED');
  });

  it('AR-4: a payment whose overpayment was already applied as customer credit is not reversed (the other contract would keep counting money that is gone)', async () => {
    const fresh = await customer('rep01', '预收已用客户');
    const { contract: a } = await contract(100_000n, 'rep01', fresh);
    const p = (await pay(rep, { customerId: a.customerId, contractId: a.id, amountFen: '150000' })).json();
    expect((await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance })).statusCode).toBe(
      200,
    );
    const { contract: b } = await contract(100_000n, 'rep01', fresh);
    const creditBefore = await credit(a.customerId);
    const applied = await t.request('POST', `/api/customers/${a.customerId}/apply-credit`, {
      cookie: finance,
      body: { contractId: b.id },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const reversed = await t.request('POST', `/api/payments/${p.id}/reverse`, {
      cookie: finance,
      body: { reason: '金额录错' },
    });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().error.code).toBe('CUSTOMER_CREDIT_SPENT');
    expect(await credit(a.customerId)).toBe(creditBefore - BigInt(applied.json().appliedFen));
    expect((await money(a.id, finance)).collectedFen).toBe('100000');
  });

  it('AR-7: a bank transfer is confirmed only with the remittance slip; SVG files are never shown inline', async () => {
    const { contract: c } = await contract(100_000n);
    const p = (
      await pay(rep, {
        customerId: c.customerId,
        contractId: c.id,
        amountFen: '100000',
        method: 'bank_transfer',
      })
    ).json();
    const refused = await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('REMITTANCE_SLIP_REQUIRED');
    const up = await attachSlip(p.id);
    expect(up.statusCode).toBe(200);
    expect(up.json().purpose).toBe('remittance_slip');
    const svg = multipartBody(
      { fileName: 'x.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"/>', mimeType: 'image/svg+xml' },
      { purpose: 'voucher' },
    );
    const svgUp = await t.app.inject({
      method: 'POST',
      url: `/api/payments/${p.id}/attachments`,
      headers: { ...svg.headers, cookie: rep },
      payload: svg.payload,
    });
    const files = (await t.request('GET', `/api/payments/${p.id}/attachments`, { cookie: finance })).json();
    expect(files.items).toHaveLength(2);
    const dl = await t.request('GET', `/api/payments/${p.id}/attachments/${svgUp.json().id}`, {
      cookie: finance,
    });
    expect(dl.headers['content-disposition']).toMatch(/^attachment/);
    expect((await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance })).statusCode).toBe(
      200,
    );
    // A confirmed payment takes no more files.
    expect((await attachSlip(p.id)).statusCode).toBe(409);
  });

  it('AR-2: the same Idempotency-Key returns the first payment; with another body it is refused (422)', async () => {
    const { contract: c } = await contract(100_000n);
    const body = { customerId: c.customerId, contractId: c.id, amountFen: '10000' };
    const a = await pay(rep, body, 'key-seq-1');
    const b = await pay(rep, body, 'key-seq-1');
    expect(a.statusCode).toBe(200);
    expect(b.json().id).toBe(a.json().id);
    const other = await pay(rep, { ...body, amountFen: '20000' }, 'key-seq-1');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const rows = await t.database.db.select().from(payments).where(eq(payments.contractId, c.id));
    expect(rows).toHaveLength(1);
  });

  it('AR-4: a manual allocation may not exceed what an instalment owes; the contract must be the customer’s', async () => {
    const { contract: c, instalments } = await contract(100_000n);
    const over = await pay(rep, {
      customerId: c.customerId,
      contractId: c.id,
      amountFen: '200000',
      allocations: [{ instalmentId: instalments[0]!.id, amountFen: '150000' }],
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.fields['allocations.0.amountFen']).toBeTruthy();
    const manual = await pay(rep, {
      customerId: c.customerId,
      contractId: c.id,
      amountFen: '200000',
      allocations: [{ instalmentId: instalments[0]!.id, amountFen: '40000' }],
    });
    expect(manual.json()).toMatchObject({ unallocatedFen: '160000' });
    const { contract: other } = await contract(100_000n, 'rep02');
    const wrong = await pay(finance, { customerId: c.customerId, contractId: other.id, amountFen: '1000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.contractId).toBeTruthy();
  });

  it('AR-4: a manual allocation naming one instalment twice may not settle more than it owes', async () => {
    const { contract: c, instalments } = await contract(100_000n);
    const twice = await pay(rep, {
      customerId: c.customerId,
      contractId: c.id,
      amountFen: '200000',
      allocations: [
        { instalmentId: instalments[0]!.id, amountFen: '100000' },
        { instalmentId: instalments[0]!.id, amountFen: '100000' },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.fields['allocations.1.amountFen']).toBeTruthy();
    expect((await plan(c.id)).instalments[0].pendingFen).toBe('0');
  });

  it("ORG-5: a rep lists only payments in scope; another rep's customer is not found", async () => {
    const { contract: c2 } = await contract(100_000n, 'rep02');
    const r2 = await t.login('rep02');
    const p2 = (await pay(r2, { customerId: c2.customerId, contractId: c2.id, amountFen: '1000' })).json();
    expect((await t.request('GET', `/api/payments/${p2.id}`, { cookie: rep })).statusCode).toBe(404);
    const list = (await t.request('GET', '/api/payments?pageSize=200', { cookie: rep })).json();
    expect(list.items.every((p: { owner: { username: string } }) => p.owner.username === 'rep01')).toBe(true);
    expect((await pay(rep, { customerId: c2.customerId, amountFen: '1000' })).statusCode).toBe(404);
    const filtered = (
      await t.request('GET', `/api/payments?status=rejected&method=cash`, { cookie: finance })
    ).json();
    expect(filtered.items.every((p: { status: string }) => p.status === 'rejected')).toBe(true);
    const xlsx = await t.request('GET', '/api/payments/export?status=confirmed', { cookie: finance });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('customer credit and invoices', () => {
  it('AR-4: finance applies a customer credit to another contract oldest first; never more than the balance', async () => {
    const fresh = await customer('rep01', '预收客户');
    const { contract: a } = await contract(100_000n, 'rep01', fresh);
    const { contract: b } = await contract(1_000_000n, 'rep01', fresh);
    const start = 0n;
    const p = (await pay(rep, { customerId: a.customerId, contractId: a.id, amountFen: '130000' })).json();
    await t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance });
    expect(await credit(a.customerId)).toBe(start + 30_000n);
    expect(
      (await t.request('POST', `/api/customers/${a.customerId}/apply-credit`, { cookie: rep, body: {} }))
        .statusCode,
    ).toBe(403);
    const res = await t.request('POST', `/api/customers/${a.customerId}/apply-credit`, {
      cookie: finance,
      body: { contractId: b.id },
    });
    expect(res.statusCode).toBe(200);
    const applied = start + 30_000n;
    expect(res.json()).toMatchObject({ appliedFen: applied.toString(), balanceFen: '0' });
    expect((await plan(b.id)).instalments[0].openFen).toBe((1_000_000n - applied).toString());
    expect((await money(b.id)).collectedFen).toBe(applied.toString());
    const none = await t.request('POST', `/api/customers/${a.customerId}/apply-credit`, {
      cookie: finance,
      body: { contractId: b.id },
    });
    expect(none.json().error.code).toBe('NO_CUSTOMER_CREDIT');
  });

  it('AR-3: finance records invoices against a contract; a fapiao number is recorded once; invoiced vs collected per contract', async () => {
    const { contract: c } = await contract(1_000_000n);
    const body = {
      contractId: c.id,
      fapiaoNo: '04400123',
      kind: 'special',
      amountFen: '600000',
      issuedOn: '2026-03-02',
    };
    expect((await t.request('POST', '/api/invoices', { cookie: rep, body })).statusCode).toBe(403);
    const ok = await t.request('POST', '/api/invoices', { cookie: finance, body });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fapiaoNo: '04400123', kind: 'special', amountFen: '600000' });
    const dup = await t.request('POST', '/api/invoices', { cookie: finance, body, lang: 'en' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields.fapiaoNo).toBe('This fapiao number is already recorded');
    const list = (await t.request('GET', `/api/invoices?contractId=${c.id}`, { cookie: rep })).json();
    expect(list.total).toBe(1);
    expect((await money(c.id)).invoicedFen).toBe('600000');
    const other = (
      await t.request('GET', `/api/invoices?contractId=${c.id}`, { cookie: await t.login('rep02') })
    ).json();
    expect(other.total).toBe(0);
  });
});

describe('AR-2/AR-4 concurrency (PostgreSQL)', () => {
  it.runIf(process.env.DATABASE_URL)(
    'AR-2: 20 concurrent requests with one Idempotency-Key create exactly one payment',
    async () => {
      const { contract: c } = await contract(100_000n);
      const body = { customerId: c.customerId, contractId: c.id, amountFen: '5000' };
      const answers = await Promise.all(Array.from({ length: 20 }, () => pay(rep, body, 'same-key-20')));
      expect(answers.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
      expect(new Set(answers.map((r) => r.json().id)).size).toBe(1);
      const rows = await t.database.db.select().from(payments).where(eq(payments.contractId, c.id));
      expect(rows).toHaveLength(1);
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    'AR-4: 20 concurrent different payments against one instalment never allocate more than it owes; the rest is customer credit',
    async () => {
      const { contract: c, instalments } = await contract(
        100_000n,
        'rep01',
        await customer('rep01', '并发客户'),
      );
      const creditBefore = await credit(c.customerId);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: String(7_000 + n) }),
        ),
      );
      expect(answers.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
      const total = answers.reduce((n, r) => n + BigInt(r.json().amountFen), 0n);
      for (const r of answers)
        expect(
          (await t.request('POST', `/api/payments/${r.json().id}/confirm`, { cookie: finance })).statusCode,
        ).toBe(200);
      const [settled] = await queryRows<{ sum: string }>(
        t.database.db,
        sql`select coalesce(sum(amount_fen), 0)::text as sum from settlements
            where instalment_id = ${instalments[0]!.id} and confirmed_at is not null and released_at is null`,
      );
      expect(BigInt(settled!.sum)).toBe(100_000n);
      const rows = await t.database.db
        .select({ unallocated: payments.unallocatedFen })
        .from(payments)
        .where(and(eq(payments.contractId, c.id), eq(payments.status, 'confirmed')));
      const unallocated = rows.reduce((n, r) => n + r.unallocated, 0n);
      expect(unallocated).toBe(total - 100_000n);
      expect(await credit(c.customerId)).toBe(creditBefore + total - 100_000n);
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    'AR-4: 10 concurrent confirmations of one overpaid payment credit the customer once; 10 concurrent reversals reverse it once',
    async () => {
      const fresh = await customer('rep01', '并发确认客户');
      const { contract: c } = await contract(100_000n, 'rep01', fresh);
      const p = (await pay(rep, { customerId: fresh, contractId: c.id, amountFen: '130000' })).json();
      const confirms = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.request('POST', `/api/payments/${p.id}/confirm`, { cookie: finance }),
        ),
      );
      expect(confirms.filter((r) => r.statusCode === 200)).toHaveLength(1);
      expect(confirms.filter((r) => r.statusCode === 409)).toHaveLength(9);
      expect(await credit(fresh)).toBe(30_000n);
      expect((await money(c.id, finance)).collectedFen).toBe('100000');
      const reversals = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.request('POST', `/api/payments/${p.id}/reverse`, { cookie: finance, body: { reason: '重复' } }),
        ),
      );
      expect(reversals.filter((r) => r.statusCode === 200)).toHaveLength(1);
      expect(await credit(fresh)).toBe(0n);
      expect((await money(c.id, finance)).collectedFen).toBe('0');
    },
  );
});

// Moves the business clock forward, so it runs last.
describe('AR-1/AR-5 instalment status', () => {
  it('AR-1: the plan shows the signing instalment due 30 days after signing; not due, due soon, overdue N days by the company calendar', async () => {
    const { contract: c } = await contract(1_000_000n);
    let p = await plan(c.id);
    expect(p.instalments).toHaveLength(1);
    expect(p.instalments[0]).toMatchObject({
      dueDate: '2026-03-31',
      amountFen: '1000000',
      openFen: '1000000',
      status: 'not_due',
    });
    t.clock.set(new Date('2026-03-25T01:00:00Z'));
    p = await plan(c.id, await t.login('rep01'));
    expect(p.instalments[0].status).toBe('due_soon');
    // 2026-04-04 23:30 UTC is already 2026-04-05 in Shanghai: five days overdue.
    t.clock.set(new Date('2026-04-04T23:30:00Z'));
    p = await plan(c.id, await t.login('rep01'));
    expect(p.instalments[0]).toMatchObject({ status: 'overdue', daysOverdue: 5 });
  });
});
