import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadActor } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { lockOpenInstalments, settle } from './allocate.js';
import { verifyInstalmentAmounts } from './amounts.js';
import { confirmPayment } from './confirm-payment.js';
import { issueCreditNote } from './credit-notes.js';
import { applyCustomerCredit } from './customer-credit.js';
import { createSigningPlan } from './plan.js';
import { recordPayment } from './record-payment.js';
import { rejectPayment } from './reject-payment.js';
import { reversePayment } from './reverse-payment.js';

/**
 * AR-4/AR-5/AR-9: the stored amounts of the instalments (settled, collected, reserved) always
 * equal the sums of their settlements — after the demo data, and after any sequence of what
 * moves money on a contract.
 */
describe('stored instalment amounts (AR-4, AR-5, AR-9)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const admin = await t.login('admin');
  const financeCookie = await t.login('finance');
  const rep = await t.login('rep01');
  const ctxOf = async (username: string): Promise<Ctx> => ({
    db,
    clock: t.clock,
    actor: await loadActor(db, await t.userId(username)),
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  });
  const repCtx = await ctxOf('rep01');
  const finance = await ctxOf('finance');
  const repId = await t.userId('rep01');
  const [repRow] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, repId));
  const unitId = repRow!.unitId;
  const today = '2026-03-01';

  let n = 0;
  /** A customer of rep01's with one signed main contract of three instalments. */
  async function contractWithPlan(parts: bigint[]) {
    n += 1;
    const name = `金额核对客户${n}号有限公司`;
    const [c] = await db
      .insert(customers)
      .values({ name, nameKey: name, unitId, level: 'B', ownerId: repId, ownedSince: t.clock.now() })
      .returning({ id: customers.id });
    const amountFen = parts.reduce((s, p) => s + p, 0n);
    return db.transaction(async (tx) => {
      const [k] = await tx
        .insert(contracts)
        .values({
          number: `AMT-${n}-${Date.now().toString(36)}`,
          kind: 'main',
          customerId: c!.id,
          title: `金额核对合同 ${n}`,
          ownerId: repId,
          unitId,
          amountFen,
          status: 'signed',
          signedOn: '2026-01-10',
          signedAt: t.clock.now(),
        })
        .returning();
      const plan = await createSigningPlan(
        tx,
        repCtx,
        { ...k!, signedOn: '2026-01-10' },
        parts.map((p, i) => ({ dueDate: `2026-0${i + 2}-15`, amountFen: p })),
      );
      return { contractId: k!.id, customerId: c!.id, instalmentIds: plan.map((i) => i.id) };
    });
  }

  it('AR-4: the reconciliation check passes on consistent data; finance and the administrator may run it, a rep may not', async () => {
    await contractWithPlan([10_000n, 20_000n]);
    const res = await t.request('GET', '/api/receivables/verify-amounts', { cookie: admin });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ok: true, mismatchCount: 0, mismatches: [] });
    expect(body.checked).toBeGreaterThan(0);
    expect(
      (await t.request('GET', '/api/receivables/verify-amounts', { cookie: financeCookie })).statusCode,
    ).toBe(200);
    expect((await t.request('GET', '/api/receivables/verify-amounts', { cookie: rep })).statusCode).toBe(403);
  });

  it('AR-4: a stored amount that drifts from the settlements is reported, naming the instalment', async () => {
    const k = await contractWithPlan([10_000n, 20_000n]);
    const id = k.instalmentIds[0]!;
    await db.execute(sql`update instalments set settled_fen = settled_fen + 1 where id = ${id}`);
    const report = await verifyInstalmentAmounts(db);
    expect(report.ok).toBe(false);
    expect(report.mismatchCount).toBe(1);
    expect(report.mismatches[0]).toMatchObject({
      instalmentId: id,
      stored: { settledFen: '1' },
      computed: { settledFen: '0' },
    });
    await db.execute(sql`update instalments set settled_fen = settled_fen - 1 where id = ${id}`);
    expect((await verifyInstalmentAmounts(db)).ok).toBe(true);
  });

  it.runIf(process.env.DATABASE_URL)(
    'AR-4: concurrent confirmations and rejections on one instalment leave its stored amounts equal to the settlements (PostgreSQL)',
    async () => {
      const k = await contractWithPlan([100_000n]);
      const recorded = [];
      for (let i = 0; i < 12; i += 1)
        recorded.push(
          await recordPayment(repCtx, {
            customerId: k.customerId,
            contractId: k.contractId,
            method: 'pos_card',
            amountFen: '5000',
            receivedOn: today,
            payer: '客户财务部',
          }),
        );
      await Promise.all(
        recorded.map((p, i) =>
          i < 8 ? confirmPayment(finance, p.id) : rejectPayment(finance, p.id, '款项未到账'),
        ),
      );
      const [row] = await queryRows<{ settled: string; reserved: string }>(
        db,
        sql`select settled_fen::text as settled, reserved_fen::text as reserved from instalments
            where id = ${k.instalmentIds[0]!}`,
      );
      expect(row).toEqual({ settled: '40000', reserved: '0' });
      expect((await verifyInstalmentAmounts(db)).ok).toBe(true);
    },
  );

  it('AR-9: the collection rate of a running period counts the stored collected amount; of a closed one, only money confirmed by its end', async () => {
    const k = await contractWithPlan([30_000n, 50_000n]);
    const p = await recordPayment(repCtx, {
      customerId: k.customerId,
      contractId: k.contractId,
      method: 'pos_card',
      amountFen: '12000',
      receivedOn: today,
      payer: '客户财务部',
    });
    await confirmPayment(finance, p.id);
    const summary = async (from: string, to: string) =>
      (
        await t.request('GET', `/api/receivables/summary?from=${from}&to=${to}&contractId=${k.contractId}`, {
          cookie: financeCookie,
        })
      ).json();
    // Confirmed on 2026-03-02: after February ended, within March (still running).
    expect(await summary('2026-02-01', '2026-02-28')).toMatchObject({
      dueInPeriodFen: '30000',
      collectedInPeriodFen: '0',
      openFen: '68000',
    });
    expect(await summary('2026-02-01', '2026-03-31')).toMatchObject({
      dueInPeriodFen: '80000',
      collectedInPeriodFen: '12000',
      collectionRatePct: 15,
    });
  });

  type Op =
    | { op: 'pay'; amount: bigint; onContract: boolean }
    | { op: 'confirm' | 'reject' | 'reverse'; pick: number }
    | { op: 'creditNote' | 'writeOff'; amount: bigint }
    | { op: 'applyCredit' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('pay' as const),
        amount: fc.bigInt({ min: 1n, max: 90_000n }),
        onContract: fc.boolean(),
      }),
    },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('confirm' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('reject' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('creditNote' as const),
        amount: fc.bigInt({ min: 1n, max: 40_000n }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('writeOff' as const),
        amount: fc.bigInt({ min: 1n, max: 40_000n }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'applyCredit' as const }) },
  );

  /** What a refused step answers (more than is owed, spent credit …): nothing changes. */
  const refused = (e: unknown) => {
    if (e instanceof AppError) return;
    throw e;
  };

  it('AR-4/AR-5/AR-9: after random payments recorded, confirmed, rejected and reversed, credit notes, write-offs and applied credit, the stored amounts equal the settlements and never count more than an instalment owes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        const k = await contractWithPlan([30_000n, 50_000n, 20_000n]);
        const payments: { id: string; status: 'pending' | 'confirmed' | 'other' }[] = [];
        const done: string[] = [];
        /** One step through the use case; false when there is nothing to apply it to. */
        const step = async (o: Op): Promise<boolean> => {
          const pending = payments.filter((p) => p.status === 'pending');
          const confirmed = payments.filter((p) => p.status === 'confirmed');
          switch (o.op) {
            case 'pay': {
              const p = await recordPayment(repCtx, {
                customerId: k.customerId,
                contractId: o.onContract ? k.contractId : null,
                method: 'pos_card',
                amountFen: o.amount.toString(),
                receivedOn: today,
                payer: '客户财务部',
              });
              payments.push({ id: p.id, status: 'pending' });
              return true;
            }
            case 'confirm':
            case 'reject': {
              const p = pending[o.pick % Math.max(pending.length, 1)];
              if (!p) return false;
              if (o.op === 'confirm') await confirmPayment(finance, p.id);
              else await rejectPayment(finance, p.id, '款项未到账');
              p.status = o.op === 'confirm' ? 'confirmed' : 'other';
              return true;
            }
            case 'reverse': {
              const p = confirmed[o.pick % Math.max(confirmed.length, 1)];
              if (!p) return false;
              await reversePayment(finance, p.id, '重复登记');
              p.status = 'other';
              return true;
            }
            case 'creditNote':
              await db.transaction((tx) =>
                issueCreditNote(tx, finance, {
                  contractId: k.contractId,
                  customerId: k.customerId,
                  amountFen: o.amount,
                  sourceType: 'test',
                  sourceId: k.contractId,
                }),
              );
              return true;
            case 'writeOff':
              // As an approved write-off applies (collection/write-off-flow.ts): all of it or nothing.
              await db.transaction(async (tx) => {
                const open = await lockOpenInstalments(tx, { contractId: k.contractId });
                const { leftoverFen } = await settle(tx, finance, {
                  sourceType: 'write_off',
                  sourceId: k.contractId,
                  instalments: open,
                  amountFen: o.amount,
                  confirmed: true,
                });
                if (leftoverFen > 0n) throw new AppError('WRITE_OFF_EXCEEDS');
              });
              return true;
            case 'applyCredit':
              await applyCustomerCredit(finance, k.customerId, {});
              return true;
          }
        };
        for (const o of ops) {
          try {
            done.push((await step(o)) ? o.op : `(${o.op}: nothing to do)`);
          } catch (e) {
            refused(e);
            done.push(`(${o.op} refused)`);
          }
        }
        if (process.env.XG_TEST_TRACE) console.log(ops.map((o) => o.op).join(' '), '→', done.join(' '));
        const report = await verifyInstalmentAmounts(db);
        expect(report.mismatches).toEqual([]);
        expect(report.ok).toBe(true);
        const rows = await queryRows<{
          amount: string;
          settled: string;
          reserved: string;
          collected: string;
        }>(
          db,
          sql`select amount_fen::text as amount, settled_fen::text as settled, reserved_fen::text as reserved,
                collected_fen::text as collected
              from instalments where contract_id = ${k.contractId}`,
        );
        for (const r of rows) {
          // AR-4: never settled (nor reserved) beyond what the instalment owes; never below zero.
          expect(BigInt(r.settled) + BigInt(r.reserved)).toBeLessThanOrEqual(BigInt(r.amount));
          expect(BigInt(r.settled)).toBeGreaterThanOrEqual(0n);
          expect(BigInt(r.reserved)).toBeGreaterThanOrEqual(0n);
        }
        // AR-4: only confirmed money is collected; a pending payment only reserves.
        const [money] = await queryRows<{ confirmed: string; pending: string }>(
          db,
          sql`select coalesce(sum(amount_fen - unallocated_fen) filter (where status = 'confirmed'), 0)::text as confirmed,
                coalesce(sum(amount_fen - unallocated_fen) filter (where status = 'pending'), 0)::text as pending
              from payments where customer_id = ${k.customerId}`,
        );
        expect(rows.reduce((s, r) => s + BigInt(r.collected), 0n)).toBe(BigInt(money!.confirmed));
        expect(rows.reduce((s, r) => s + BigInt(r.reserved), 0n)).toBe(BigInt(money!.pending));
      }),
      {
        numRuns: 25,
        // One sequence through every path: an overpayment's credit applied to a reversed payment's
        // debt, a reversal refused because its credit is spent, a credit note, write-offs (one beyond
        // what is owed), a rejected payment.
        examples: [
          [
            [
              { op: 'pay', amount: 40_000n, onContract: true },
              { op: 'confirm', pick: 0 },
              { op: 'pay', amount: 90_000n, onContract: false },
              { op: 'confirm', pick: 0 },
              { op: 'reverse', pick: 0 },
              { op: 'applyCredit' },
              { op: 'reverse', pick: 0 },
              { op: 'creditNote', amount: 4_000n },
              { op: 'writeOff', amount: 1_000n },
              { op: 'pay', amount: 5_000n, onContract: true },
              { op: 'reject', pick: 0 },
              { op: 'writeOff', amount: 40_000n },
            ],
          ],
        ],
      },
    );
  });
});
