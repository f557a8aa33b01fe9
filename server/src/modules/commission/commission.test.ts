import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import type { TTodo } from '../todo/index.js';
import type { TPlanDetail, TPlanWrite, TStatementDetail } from './schemas.js';
import { commissionKit } from './test-kit.js';

let t: TestApp;
let kit: ReturnType<typeof commissionKit>;
const yuan = (y: number) => BigInt(y) * 100n;
const fen = (y: number) => (BigInt(y) * 100n).toString();
const pay: Record<string, string> = {};
let plan: TPlanDetail;

const planInput: TPlanWrite = {
  name: '销售代表提成方案',
  roleCode: 'sales_rep',
  effectiveFrom: '2026-03',
  method: 'marginal',
  tiers: [
    { fromBp: 0, rateBp: 500 },
    { fromBp: 5000, rateBp: 1000 },
    { fromBp: 10000, rateBp: 1500 },
  ],
  capFen: null,
  categoryRates: [],
  trueUp: 'none',
};

const statementOf = async (user: string, period: string) => {
  const page = await kit.s.ok<{ items: { id: string }[] }>(
    user,
    'GET',
    `/api/commission/statements?period=${period}`,
  );
  expect(page.items).toHaveLength(1);
  return kit.s.ok<TStatementDetail>(user, 'GET', `/api/commission/statements/${page.items[0]!.id}`);
};

/**
 * March 2026: rep01's collections target ¥100,000 (approved); confirmed collections ¥100,000 (5
 * March) and ¥20,000 (10 March); a payment of ¥5,000 recorded on 12 March and never confirmed.
 */
beforeAll(async () => {
  t = await createTestApp();
  kit = commissionKit(t);
  t.clock.set(new Date('2026-03-02T02:00:00Z'));
  await kit.k.approvedTargets('EAST-T1', 2026, 'collected_amount', [
    { username: 'rep01', period: '2026-03', value: yuan(100_000) },
  ]);
  plan = await kit.approvedPlan(planInput);
  const customerId = await kit.k.customer('rep01');
  const { contract } = await kit.k.signed('rep01', customerId, yuan(200_000), '2026-02-20');
  const c = { id: contract.id, customerId };
  t.clock.set(new Date('2026-03-12T02:00:00Z'));
  pay.big = await kit.payment('rep01', c, yuan(100_000), '2026-03-05');
  pay.small = await kit.payment('rep01', c, yuan(20_000), '2026-03-10');
  pay.pending = await kit.payment('rep01', c, yuan(5_000), '2026-03-12', { pending: true });
  t.clock.set(new Date('2026-04-01T02:00:00Z'));
});

describe('INC-1: commission plans and statements', () => {
  it('INC-1: a plan is approved through the chain of commission.planApprovers (the GM) and the tier from 100% is an accelerator', () => {
    expect(plan).toMatchObject({ status: 'approved', version: 1, method: 'marginal' });
    expect(plan.tiers.map((x) => x.accelerator)).toEqual([false, false, true]);
  });

  it('INC-1: bad tiers are refused on the field', async () => {
    const res = await kit.s.call('director', 'POST', '/api/commission/plans', {
      ...planInput,
      tiers: [{ fromBp: 5000, rateBp: 500 }],
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('tiers');
    const rep = await kit.s.call('rep01', 'POST', '/api/commission/plans', planInput);
    expect(rep.statusCode).toBe(403);
  });

  it('INC-1: target ¥100,000, tiers 5%/10%/15% from 0/50%/100%, confirmed collections ¥120,000 → marginal ¥10,500; the unconfirmed payment adds nothing', async () => {
    const gen = await kit.s.ok('sup_east1', 'POST', '/api/commission/statements/generate', {
      period: '2026-03',
    });
    expect(gen).toMatchObject({ period: '2026-03', generated: 3 });
    const st = await statementOf('rep01', '2026-03');
    expect(st).toMatchObject({
      status: 'draft',
      basis: 'collected',
      targetFen: fen(100_000),
      basisFen: fen(120_000),
      attainmentBp: 12000,
      commissionFen: fen(10_500),
      plan: { id: plan.id, version: 1, method: 'marginal' },
      canSubmit: true,
    });
    expect(st.why).toMatchObject({ basis: 'collected', basisPolicy: 'commission.basis', noTarget: false });
    expect(
      st.lines.map((l) => [l.refId, l.tierIndex, l.rateBp, l.basisFen, l.amountFen, l.accelerator]),
    ).toEqual([
      [pay.big, 0, 500, fen(50_000), fen(2_500), false],
      [pay.big, 1, 1000, fen(50_000), fen(5_000), false],
      [pay.small, 2, 1500, fen(20_000), fen(3_000), true],
    ]);
    expect(st.lines.some((l) => l.refId === pay.pending)).toBe(false);
    // Generating again changes nothing but recomputes the draft.
    const again = await kit.s.ok('sup_east1', 'POST', '/api/commission/statements/generate', {
      period: '2026-03',
    });
    expect(again).toMatchObject({ generated: 3, skipped: 0 });
    expect((await statementOf('rep01', '2026-03')).commissionFen).toBe(fen(10_500));
  });

  it('INC-1: a rep reads only their own statement; another’s answers 404', async () => {
    const st = await statementOf('rep01', '2026-03');
    const other = await kit.s.call('rep02', 'GET', `/api/commission/statements/${st.id}`);
    expect(other.statusCode).toBe(404);
    const todo = await kit.s.ok<TTodo>('rep01', 'GET', '/api/todo');
    expect(todo.sections.find((x) => x.key === 'commission.toSubmit')?.items.map((i) => i.link)).toContain(
      `/commission/statements/${st.id}`,
    );
  });

  it('INC-1: a change after approval is a new version; the retroactive version in force pays ¥18,000', async () => {
    const v2 = await kit.s.ok<TPlanDetail>('director', 'POST', `/api/commission/plans/${plan.id}/revise`);
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    const approved = await kit.s.call('director', 'PUT', `/api/commission/plans/${plan.id}`, planInput);
    expect(approved.statusCode).toBe(409);
    await kit.s.ok('director', 'PUT', `/api/commission/plans/${v2.id}`, {
      ...planInput,
      method: 'retroactive',
    });
    await kit.s.ok('director', 'POST', `/api/commission/plans/${v2.id}/submit`);
    await kit.approve('gm', 'commission_plan', v2.id);
    const detail = await kit.s.ok<TPlanDetail>('director', 'GET', `/api/commission/plans/${plan.id}`);
    expect(detail.status).toBe('superseded');
    expect(detail.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    const st = await statementOf('rep01', '2026-03');
    const re = await kit.s.ok<TStatementDetail>(
      'sup_east1',
      'POST',
      `/api/commission/statements/${st.id}/regenerate`,
    );
    expect(re).toMatchObject({
      commissionFen: fen(18_000),
      reachedTier: 2,
      plan: { version: 2, method: 'retroactive' },
    });
    expect(re.lines.map((l) => [l.refId, l.rateBp, l.amountFen])).toEqual([
      [pay.big, 1500, fen(15_000)],
      [pay.small, 1500, fen(3_000)],
    ]);
  });

  it('INC-1: the rep submits, the supervisor reviews, the manager approves, finance closes: posted to the ledger once, then immutable', async () => {
    const st = await statementOf('rep01', '2026-03');
    await kit.s.ok('rep01', 'POST', `/api/commission/statements/${st.id}/submit`);
    const early = await kit.s.call(
      'manager_east',
      'POST',
      `/api/approvals/${await kit.latestRequest('rep01', 'commission_statement', st.id)}/approve`,
      {},
    );
    expect(early.statusCode).not.toBe(200);
    await kit.approve('sup_east1', 'commission_statement', st.id);
    await kit.approve('manager_east', 'commission_statement', st.id);
    expect((await statementOf('rep01', '2026-03')).status).toBe('approved');
    const closed = await kit.s.ok('finance', 'POST', '/api/commission/periods/close', { period: '2026-03' });
    expect(closed).toMatchObject({ closed: 1, postedFen: fen(18_000) });
    await kit.s.ok('finance', 'POST', '/api/commission/periods/close', { period: '2026-03' });
    const entries = await t.database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.account, 'commission'), eq(ledgerEntries.refId, st.id)));
    expect(entries.map((e) => e.amount)).toEqual([yuan(18_000)]);
    expect((await statementOf('rep01', '2026-03')).status).toBe('closed');
    const regen = await kit.s.call('sup_east1', 'POST', `/api/commission/statements/${st.id}/regenerate`);
    expect(regen.statusCode).toBe(409);
    expect(regen.json().error.code).toBe('COMMISSION_STATEMENT_CLOSED');
    const resubmit = await kit.s.call('rep01', 'POST', `/api/commission/statements/${st.id}/submit`);
    expect(resubmit.statusCode).toBe(409);
  });

  it('INC-1: a reversal of ¥20,000 after the statement closed is a clawback line of −¥3,000 in the next period; the closed one is unchanged', async () => {
    t.clock.set(new Date('2026-04-15T02:00:00Z'));
    const rev = await kit.s.ok<{ id: string }>('finance', 'POST', `/api/payments/${pay.small}/reverse`, {
      reason: '客户退票',
    });
    t.clock.set(new Date('2026-05-06T02:00:00Z'));
    await kit.s.ok('sup_east1', 'POST', '/api/commission/statements/generate', { period: '2026-04' });
    const april = await statementOf('rep01', '2026-04');
    expect(april.lines).toEqual([
      expect.objectContaining({
        kind: 'clawback',
        refType: 'payment',
        refId: rev.id,
        basisFen: (-yuan(20_000)).toString(),
        rateBp: 1500,
        amountFen: (-yuan(3_000)).toString(),
        note: expect.objectContaining({ period: '2026-03' }),
      }),
    ]);
    expect(april.commissionFen).toBe((-yuan(3_000)).toString());
    expect((await statementOf('rep01', '2026-03')).commissionFen).toBe(fen(18_000));
  });

  it('INC-1: a negative total closes without posting and is carried into the next statement', async () => {
    const april = await statementOf('rep01', '2026-04');
    await kit.s.ok('rep01', 'POST', `/api/commission/statements/${april.id}/submit`);
    await kit.approve('sup_east1', 'commission_statement', april.id);
    await kit.approve('manager_east', 'commission_statement', april.id);
    expect(
      await kit.s.ok('finance', 'POST', '/api/commission/periods/close', { period: '2026-04' }),
    ).toMatchObject({
      closed: 1,
      postedFen: '0',
    });
    t.clock.set(new Date('2026-06-02T02:00:00Z'));
    await kit.s.ok('sup_east1', 'POST', '/api/commission/statements/generate', { period: '2026-05' });
    const may = await statementOf('rep01', '2026-05');
    expect(may.lines.map((l) => [l.kind, l.refId, l.amountFen])).toEqual([
      ['carry', april.id, (-yuan(3_000)).toString()],
    ]);
  });

  it('INC-1: the payroll export — one row per person, yuan with two decimals, totals — leaves an audit row', async () => {
    const res = await t.request('GET', '/api/commission/statements/export?period=2026-03', {
      cookie: await kit.s.as('finance'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const zhao = rows.find((r) => r.includes('赵磊'))!;
    expect(zhao[5]).toBe(18_000);
    expect(ws.getRow(2).getCell(5).numFmt).toContain('#,##0.00');
    expect(rows[rows.length - 1]![1]).toBe('合计');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'commission_payroll.export'));
    expect(audits).toHaveLength(1);
    const rep = await kit.s.call('rep01', 'GET', '/api/commission/statements/export?period=2026-03');
    expect(rep.statusCode).toBe(403);
  });
});
