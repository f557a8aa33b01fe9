import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { TStatementDetail } from './schemas.js';
import { commissionKit } from './test-kit.js';

let t: TestApp;
let kit: ReturnType<typeof commissionKit>;
const yuan = (y: number) => BigInt(y) * 100n;
const fen = (y: number) => (BigInt(y) * 100n).toString();
const contract: Record<string, { id: string; customerId: string }> = {};

const statementOf = async (period: string) => {
  const page = await kit.s.ok<{ items: { id: string }[] }>(
    'rep01',
    'GET',
    `/api/commission/statements?period=${period}`,
  );
  return kit.s.ok<TStatementDetail>('rep01', 'GET', `/api/commission/statements/${page.items[0]!.id}`);
};
const generate = async (period: string, clock: string) => {
  t.clock.set(new Date(clock));
  await kit.s.ok('sup_east1', 'POST', '/api/commission/statements/generate', { period });
};

/**
 * commission.basis = signed. rep01's signed-amount targets ¥100,000 a month in Q1 2026; a
 * retroactive plan (5% / 10% from 0 / 100%) with a quarterly true-up. Signed: ¥90,000 in January,
 * ¥90,000 in February, ¥130,000 in March.
 */
beforeAll(async () => {
  t = await createTestApp();
  kit = commissionKit(t);
  t.clock.set(new Date('2026-01-05T02:00:00Z'));
  await setPolicyValue(t, 'commission.basis', 'signed');
  await kit.k.approvedTargets(
    'EAST-T1',
    2026,
    'signed_amount',
    ['2026-01', '2026-02', '2026-03'].map((period) => ({ username: 'rep01', period, value: yuan(100_000) })),
  );
  await kit.approvedPlan({
    name: '销售代表签约提成方案',
    roleCode: 'sales_rep',
    effectiveFrom: '2026-01',
    method: 'retroactive',
    tiers: [
      { fromBp: 0, rateBp: 500 },
      { fromBp: 10000, rateBp: 1000 },
    ],
    capFen: null,
    categoryRates: [],
    trueUp: 'quarter',
  });
  for (const [key, amount, on] of [
    ['jan', 90_000, '2026-01-12'],
    ['feb', 90_000, '2026-02-10'],
    ['mar', 130_000, '2026-03-16'],
  ] as const) {
    const customerId = await kit.k.customer('rep01');
    const { contract: k } = await kit.k.signed('rep01', customerId, yuan(amount), on);
    contract[key] = { id: k.id, customerId };
  }
});

describe('INC-1: the signed basis, the quarterly true-up and clawbacks of returns', () => {
  it('INC-1: under the signed basis each line is a contract; below target January earns 5%', async () => {
    await generate('2026-01', '2026-02-02T02:00:00Z');
    const jan = await statementOf('2026-01');
    expect(jan).toMatchObject({ basis: 'signed', commissionFen: fen(4_500) });
    expect(jan.lines.map((l) => [l.refType, l.refId, l.rateBp])).toEqual([
      ['contract', contract.jan!.id, 500],
    ]);
  });

  it('INC-1: at the quarter’s end the true-up pays the quarter’s total against the quarter’s target less what the months earned', async () => {
    await generate('2026-02', '2026-03-02T02:00:00Z');
    await generate('2026-03', '2026-04-01T02:00:00Z');
    const mar = await statementOf('2026-03');
    // March: ¥130,000 of ¥100,000 → 10% retroactive = ¥13,000. The quarter: ¥310,000 of
    // ¥300,000 → 10% = ¥31,000; the months earned 4,500 + 4,500 + 13,000 = ¥22,000.
    expect(mar.lines.map((l) => [l.kind, l.amountFen])).toEqual([
      ['commission', fen(13_000)],
      ['true_up', fen(9_000)],
    ]);
    expect(mar.lines[1]!.note).toMatchObject({ period: '2026-Q1' });
    expect(mar.commissionFen).toBe(fen(22_000));
  });

  it('INC-1: a credit note (return) in April against January’s contract is clawed back at the rate January earned', async () => {
    await t.database.db.execute(sql`insert into credit_notes (contract_id, customer_id, source_type, source_id, amount_fen, issued_at)
      values (${contract.jan!.id}, ${contract.jan!.customerId}, 'return', ${randomUUID()}, ${yuan(10_000)}, '2026-04-14T03:00:00Z')`);
    await generate('2026-04', '2026-05-06T02:00:00Z');
    const apr = await statementOf('2026-04');
    expect(apr.lines).toEqual([
      expect.objectContaining({
        kind: 'clawback',
        refType: 'credit_note',
        basisFen: (-yuan(10_000)).toString(),
        rateBp: 500,
        amountFen: (-yuan(500)).toString(),
        note: expect.objectContaining({ period: '2026-01' }),
      }),
    ]);
  });
});
