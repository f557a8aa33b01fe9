import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';

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

let customerNo = 0;
const contract = async (amountFen: bigint) => {
  customerNo += 1;
  return signedContractFixture(t.database, t.clock, {
    ownerUsername: 'rep01',
    customerId: await customer('rep01', `批量确认客户${customerNo}`),
    amountFen,
    signedOn: '2026-03-01',
  });
};

async function pay(cookie: string, body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/payments', {
    cookie,
    body: { method: 'cash', receivedOn: '2026-03-02', payer: '客户财务部', ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; number: string; status: string };
}

const confirmBatch = (ids: string[], cookie = finance, lang?: string) =>
  t.request('POST', '/api/payments/confirm-batch', { cookie, body: { ids }, ...(lang ? { lang } : {}) });

const statusOf = async (id: string) =>
  (await t.request('GET', `/api/payments/${id}`, { cookie: finance })).json().status;

describe('AR-4: finance confirms several payments at once, each checked and audited on its own', () => {
  it('AR-4: the batch confirms what may be confirmed and lists the refusals with their reasons; the recorder cannot confirm their own entry', async () => {
    const { contract: c } = await contract(1_000_000n);
    const base = { customerId: c.customerId, contractId: c.id };
    const a = await pay(rep, { ...base, amountFen: '100000' });
    const b = await pay(rep, { ...base, amountFen: '200000' });
    const own = await pay(finance, { ...base, amountFen: '50000' });
    const noSlip = await pay(rep, { ...base, amountFen: '10000', method: 'bank_transfer' });
    const unknown = '00000000-0000-4000-8000-000000000000';

    const res = await confirmBatch([a.id, own.id, b.id, noSlip.id, unknown, a.id]);
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json();
    expect(answer.confirmed).toEqual([
      { id: a.id, number: a.number },
      { id: b.id, number: b.number },
    ]);
    expect(answer.refused).toEqual([
      { id: own.id, code: 'PAYMENT_CONFIRM_SELF', message: '回款须由录入人以外的另一位财务人员确认' },
      { id: noSlip.id, code: 'REMITTANCE_SLIP_REQUIRED', message: expect.stringContaining('银行回单') },
      { id: unknown, code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    expect(await statusOf(a.id)).toBe('confirmed');
    expect(await statusOf(b.id)).toBe('confirmed');
    expect(await statusOf(own.id)).toBe('pending');
    expect(await statusOf(noSlip.id)).toBe('pending');

    // One audit row per confirmed payment, written by its own use case call; none for a refusal.
    const audited = await t.database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'payment.confirm'),
          inArray(auditLog.entityId, [a.id, b.id, own.id, noSlip.id]),
        ),
      );
    expect(audited.map((r) => r.entityId).sort()).toEqual([a.id, b.id].sort());

    // A second run: the confirmed ones are refused as no longer pending, in the user's language.
    const again = (await confirmBatch([a.id, own.id], finance, 'en')).json();
    expect(again.confirmed).toEqual([]);
    expect(again.refused.map((r: { code: string }) => r.code)).toEqual([
      'STATUS_NOT_ALLOWED',
      'PAYMENT_CONFIRM_SELF',
    ]);
    expect(again.refused[1].message).toBe(
      'A payment must be confirmed by someone other than the person who recorded it',
    );
  });

  it('AR-4: only finance confirms (403 for a rep, nothing confirmed); an empty or malformed list is refused with a field message', async () => {
    const { contract: c } = await contract(100_000n);
    const p = await pay(rep, { customerId: c.customerId, contractId: c.id, amountFen: '100000' });
    expect((await confirmBatch([p.id], rep)).statusCode).toBe(403);
    expect(await statusOf(p.id)).toBe('pending');
    const empty = await confirmBatch([]);
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(['ids']);
    const bad = await confirmBatch(['x']);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['ids.0']);
  });
});

describe('AR-2/AR-4: the payment form offers the usual payer and each contract’s open balance', () => {
  it('AR-4: each signed contract shows what is still open — the amount less confirmed and pending payments — not its total', async () => {
    const { contract: c } = await contract(1_000_000n);
    const empty = (
      await t.request('GET', `/api/customers/${c.customerId}/payment-choices`, { cookie: rep })
    ).json();
    // No payment yet: the payer is the customer's name.
    expect(empty.payer).toBe(`批量确认客户${customerNo}`);
    expect(empty.contracts).toEqual([
      expect.objectContaining({
        id: c.id,
        amountFen: '1000000',
        outstandingFen: '1000000',
        openFen: '1000000',
      }),
    ]);

    const confirmed = await pay(rep, {
      customerId: c.customerId,
      contractId: c.id,
      amountFen: '250000',
      payer: '华东建工集团财务部',
    });
    expect((await confirmBatch([confirmed.id])).json().confirmed).toHaveLength(1);
    await pay(rep, {
      customerId: c.customerId,
      contractId: c.id,
      amountFen: '100000',
      payer: '华东建工集团财务部',
    });
    const choices = (
      await t.request('GET', `/api/customers/${c.customerId}/payment-choices`, { cookie: rep })
    ).json();
    expect(choices.payer).toBe('华东建工集团财务部');
    expect(choices.contracts).toEqual([
      {
        id: c.id,
        number: c.number,
        signedOn: '2026-03-01',
        amountFen: '1000000',
        outstandingFen: '750000',
        pendingFen: '100000',
        openFen: '650000',
      },
    ]);
  });

  it("ORG-5: another rep's customer is not found", async () => {
    const { contract: c } = await contract(100_000n);
    const rep02 = await t.login('rep02');
    expect(
      (await t.request('GET', `/api/customers/${c.customerId}/payment-choices`, { cookie: rep02 }))
        .statusCode,
    ).toBe(404);
  });
});
