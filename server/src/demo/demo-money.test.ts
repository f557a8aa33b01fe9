import { and, count, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { agingReport } from '../modules/collection/aging.js';
import { contracts } from '../modules/contracts/tables.js';
import { customers } from '../modules/customers/tables.js';
import { orders, returnRequests } from '../modules/orders/tables.js';
import { quotes } from '../modules/quotes/tables.js';
import { verifyInstalmentAmounts } from '../modules/receivables/index.js';
import { instalments, invoices, payments, settlements } from '../modules/receivables/tables.js';
import { loadActor } from '../platform/access/actor.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { addLocalDays } from '../platform/deadlines/calendar.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoMoney } from './demo-money.js';
import { loadDemoOpportunities } from './demo-opportunities.js';
import { loadDemoRequests } from './demo-requests.js';

describe('demo money loop (Q2C, AR) on a new installation', async () => {
  // The full demo, as main.ts loads it on a new installation (the test app has loaded the org,
  // products and seals).
  const t = await createTestApp();
  const db = t.database.db;
  await loadDemoRequests(db, t.clock);
  await loadDemoCustomers(db, t.clock);
  await loadDemoOpportunities(db, t.clock);
  await loadDemoMoney(db, t.clock);

  it('loads only once', async () => {
    const [before] = await db.select({ n: sql<number>`count(*)::int` }).from(contracts);
    await loadDemoMoney(db, t.clock);
    const [after] = await db.select({ n: sql<number>`count(*)::int` }).from(contracts);
    expect(after!.n).toBe(before!.n);
  });

  it('Q2C-3/Q2C-5/Q2C-10: quotes, contracts and orders in several states', async () => {
    const statuses = async (table: typeof quotes | typeof contracts | typeof orders) =>
      new Set((await db.select({ s: table.status }).from(table)).map((r) => r.s));
    expect([...(await statuses(quotes))]).toEqual(
      expect.arrayContaining(['draft', 'reviewing', 'approved', 'sent', 'declined', 'accepted']),
    );
    expect([...(await statuses(contracts))]).toEqual(
      expect.arrayContaining(['draft', 'reviewing', 'approved', 'entered', 'signed']),
    );
    expect([...(await statuses(orders))]).toEqual(
      expect.arrayContaining(['production', 'partially_shipped', 'shipped', 'delivered', 'accepted']),
    );
    const [supplement] = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.kind, 'supplement'), eq(contracts.status, 'signed')));
    expect(supplement).toBeDefined();
    const [ret] = await db.select().from(returnRequests).where(eq(returnRequests.status, 'approved'));
    expect(ret?.creditFen).toBeGreaterThan(0n);
    expect((await db.select().from(invoices)).length).toBeGreaterThan(3);
    // The browser test (e2e/run.mjs) signs its first deal with this customer: no debt, no contract.
    const [jiading] = await db
      .select({ n: count() })
      .from(contracts)
      .innerJoin(customers, eq(customers.id, contracts.customerId))
      .where(eq(customers.name, '上海嘉定精工机械有限公司'));
    expect(jiading!.n).toBe(0);
  });

  it('AR-1: every signed main contract has a plan adding up to its amount and its supplements', async () => {
    const signed = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.kind, 'main'), eq(contracts.status, 'signed')));
    expect(signed.length).toBeGreaterThanOrEqual(12);
    for (const c of signed) {
      const plan = await db
        .select()
        .from(instalments)
        .where(and(eq(instalments.contractId, c.id), isNull(instalments.supersededAt)));
      const supplements = await db
        .select()
        .from(contracts)
        .where(and(eq(contracts.mainContractId, c.id), eq(contracts.status, 'signed')));
      const expected = supplements.reduce((n, s) => n + (s.deltaFen ?? 0n), c.amountFen);
      expect(plan.length, c.title).toBeGreaterThan(0);
      expect(
        plan.reduce((n, i) => n + i.amountFen, 0n),
        c.title,
      ).toBe(expected);
    }
  });

  it('AR-9: the aging report by rep has money not yet due and in every overdue bucket, in both regions', async () => {
    const director = (await loadActor(db, await t.userId('director')))!;
    const byRep = await agingReport(db, director, { groupBy: 'rep' }, t.clock.now());
    expect(BigInt(byRep.totals.notDueFen)).toBeGreaterThan(0n);
    expect(byRep.totals.bucketFen).toHaveLength(4);
    for (const b of byRep.totals.bucketFen) expect(BigInt(b)).toBeGreaterThan(0n);
    expect(byRep.rows.length).toBeGreaterThanOrEqual(6);
    const byRegion = await agingReport(db, director, { groupBy: 'region' }, t.clock.now());
    expect(byRegion.rows).toHaveLength(2);
    for (const r of byRegion.rows) expect(BigInt(r.overdueFen)).toBeGreaterThan(0n);
    // Due soon: open instalments falling due within the week (AR-5).
    const [soon] = await db
      .select({ n: count() })
      .from(instalments)
      .where(
        and(
          isNull(instalments.supersededAt),
          gte(instalments.dueDate, byRep.today),
          lte(instalments.dueDate, addLocalDays(byRep.today, 7)),
        ),
      );
    expect(soon!.n).toBeGreaterThan(0);
  });

  it('AR-4: confirmed payments reduce the receivable, pending ones do not', async () => {
    const all = await db.select().from(payments);
    const confirmed = all.filter((p) => p.status === 'confirmed');
    const pending = all.filter((p) => p.status === 'pending');
    expect(confirmed.length).toBeGreaterThan(3);
    expect(pending.length).toBeGreaterThanOrEqual(2);
    const counted = async (paymentId: string) => {
      const rows = await db
        .select()
        .from(settlements)
        .where(and(eq(settlements.sourceType, 'payment'), eq(settlements.sourceId, paymentId)));
      return rows
        .filter((s) => s.confirmedAt !== null && s.releasedAt === null)
        .reduce((n, s) => n + s.amountFen, 0n);
    };
    for (const p of confirmed) expect(await counted(p.id)).toBe(p.amountFen - p.unallocatedFen);
    for (const p of pending) expect(await counted(p.id)).toBe(0n);
    // The pending payment covers its whole contract, which stays fully open and overdue.
    const full = pending.find((p) => p.contractId && p.amountFen === 7_450_000n)!;
    const director = (await loadActor(db, await t.userId('director')))!;
    const aging = await agingReport(
      db,
      director,
      { groupBy: 'customer', customerId: full.customerId },
      t.clock.now(),
    );
    expect(aging.totals.totalOpenFen).toBe('7450000');
  });

  it('PEN-3: the audit chain over the whole demo verifies', async () => {
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('AR-4/AR-9: every instalment of the demo stores the sums of its settlements (the reconciliation check passes)', async () => {
    const report = await verifyInstalmentAmounts(db);
    expect(report.mismatches).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(10);
  });
});
