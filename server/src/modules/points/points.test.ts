import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { inTx } from '../../platform/context.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { balanceOf, spend } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import type { TTodo } from '../todo/index.js';
import { POINTS_ACCOUNT } from './award.js';
import { basicPointsOf } from './basic.js';
import { monthCloseJob } from './job.js';
import type { TPointsBoard, TPointsHistory, TPointsSummary } from './schemas.js';
import { pointsKit } from './test-kit.js';

type History = { items: TPointsHistory['items']; total: number };

let t: TestApp;
let s: ReturnType<typeof sessions>;
let k: ReturnType<typeof pointsKit>;
const id: Record<string, string> = {};
const START = new Date('2026-03-02T01:00:00Z'); // Monday 2 March 2026, 09:00 in Shanghai

const summary = (user: string, q = '') => s.ok<TPointsSummary>(user, 'GET', `/api/points/summary${q}`);
const balance = (userId: string) => balanceOf(t.database.db, POINTS_ACCOUNT, userId, { asOf: t.clock.now() });

const confirmedPayment = (amountFen: bigint, user = 'rep01') => k.confirmedPayment(s, amountFen, user);

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  k = pointsKit(t);
  t.clock.set(START);
  for (const u of ['rep01', 'rep02', 'rep03', 'sup_east1', 'manager_east']) id[u] = (await k.user(u)).id;
});

describe('INC-3: basic points from confirmed sales', () => {
  it('INC-3: floor(amount in yuan × ratio), in integers from the ratio’s decimal text', () => {
    expect(basicPointsOf(10_000_000n, '0.01')).toBe(1000n);
    expect(basicPointsOf(10_000_000n, '0.05')).toBe(5000n);
    expect(basicPointsOf(12_345_678n, '0.0333')).toBe(4111n); // 123,456.78 × 0.0333 = 4111.11
    expect(basicPointsOf(99n, '1')).toBe(0n); // ¥0.99 earns nothing
    expect(basicPointsOf(-100n, '1')).toBe(0n);
  });

  it('INC-3: the same payment never earns twice; an unconfirmed payment earns nothing', async () => {
    const before = await balance(id.rep02!);
    const { contract } = await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep02',
      customerId: await k.customer('rep02'),
      amountFen: 500_000n,
      signedOn: '2026-03-01',
    });
    const p = await s.ok('rep02', 'POST', '/api/payments', {
      customerId: contract.customerId,
      contractId: contract.id,
      method: 'cash',
      receivedOn: '2026-03-02',
      payer: '客户',
      amountFen: '500000',
    });
    expect(await balance(id.rep02!)).toBe(before);
    await s.ok('finance', 'POST', `/api/payments/${p.id}/confirm`);
    expect((await s.call('finance', 'POST', `/api/payments/${p.id}/confirm`)).statusCode).toBe(409);
    expect(await balance(id.rep02!)).toBe(before + 50n);
  });

  it('INC-3/AR-4: a reversed payment takes back its basic points; when they were spent, what the live balance allows, the shortfall in the memo — never a negative balance', async () => {
    const p1 = await confirmedPayment(2_000_000n, 'rep03'); // 200 points at 0.01
    expect(await balance(id.rep03!)).toBe(200n);
    await s.ok('finance', 'POST', `/api/payments/${p1.id}/reverse`, { reason: '退票' });
    expect(await balance(id.rep03!)).toBe(0n);

    const p2 = await confirmedPayment(3_000_000n, 'rep03'); // 300 points
    await inTx(await k.ctx(), async (tx) =>
      spend(tx, await k.ctx(), {
        account: POINTS_ACCOUNT,
        holderId: id.rep03!,
        amount: 250n,
        kind: 'redeemed',
      }),
    );
    expect(await balance(id.rep03!)).toBe(50n);
    await s.ok('finance', 'POST', `/api/payments/${p2.id}/reverse`, { reason: '退票' });
    expect(await balance(id.rep03!)).toBe(0n);
    const history = await s.ok<History>('rep03', 'GET', '/api/points/history');
    expect(history.items[0]).toMatchObject({
      kind: 'basic_reversed',
      amount: '-50',
      why: { awarded: '300', takenBack: '50', shortfall: '250', paymentNumber: p2.number },
      ref: { type: 'payment', id: p2.id },
    });
  });
});

describe('INC-4: extra points', () => {
  it('INC-4: the month close awards the month’s (and the quarter’s) target met once, however often it runs; nothing below target', async () => {
    const yuan = (y: number) => BigInt(y) * 100n;
    await k.monthlyTargets('EAST-T2', 2026, [
      { username: 'rep04', month: '2026-03', value: yuan(100_000) },
      { username: 'rep04', month: '2026-01', value: yuan(10_000) },
      { username: 'rep04', month: '2026-02', value: yuan(10_000) },
      { username: 'rep05', month: '2026-03', value: yuan(100_000) },
    ]);
    await k.collected('rep04', yuan(120_000), '2026-03-10');
    await k.collected('rep05', yuan(99_999), '2026-03-12');
    const rep04 = (await k.user('rep04')).id;
    const rep05 = (await k.user('rep05')).id;
    // Wednesday 1 April 2026, 07:00 in Shanghai: the first working day of April closes March (and Q1).
    t.clock.set(new Date('2026-03-31T23:00:00Z'));
    for (let i = 0; i < 2; i++)
      expect((await executeJob(t.database.db, t.clock, monthCloseJob, t.clock.now(), 'test')).result).toBe(
        'ok',
      );
    const entries = await t.database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.account, POINTS_ACCOUNT), eq(ledgerEntries.holderId, rep04)));
    expect(entries.map((e) => [e.kind, e.amount, e.idempotencyKey]).sort()).toEqual([
      ['extra:month_target_met', 100n, `month_target_met:${rep04}:2026-03`],
      ['extra:quarter_target_met', 300n, `quarter_target_met:${rep04}:2026-Q1`],
    ]);
    const month = entries.find((e) => e.kind === 'extra:month_target_met')!;
    expect(month.memo).toMatchObject({
      period: '2026-03',
      metric: 'collected_amount',
      actual: '12000000',
      target: '10000000',
      policy: 'points.monthTargetMet',
    });
    // Extra points are valid six months.
    expect(month.expiresAt?.toISOString()).toBe('2026-09-30T23:00:00.000Z');
    expect(await balance(rep05)).toBe(0n);
    // Thursday the 2nd is not the month close: nothing runs.
    t.clock.set(new Date('2026-04-01T23:00:00Z'));
    const run = await executeJob(t.database.db, t.clock, monthCloseJob, t.clock.now(), 'test');
    expect(run.message).toBe('checked=0 awarded=0');
    t.clock.set(START);
  });

  it('INC-4/ORG-3: a supervisor proposes extra points with a reason; the sales manager approves from 待办 → the rep’s balance rises by that amount once', async () => {
    const before = await balance(id.rep01!);
    const req = await s.ok('sup_east1', 'POST', '/api/points/award-requests', {
      userId: id.rep01,
      rule: 'other_contribution',
      points: 80,
      reason: '协助整理客户档案',
    });
    expect(req).toMatchObject({ status: 'submitted', points: 80, rule: 'other_contribution' });
    // Not the proposer's to approve; the manager sees whom, the rule, how many points, why.
    const todo = await s.ok<TTodo>('manager_east', 'GET', '/api/todo?limit=100');
    const items = todo.sections.flatMap((x) => x.items);
    const item = items.find((i) => i.link === `/points/requests/${req.id}`);
    expect(item?.subject).toBe('赵磊');
    expect(item?.detail?.['zh-CN']).toContain('其他贡献 · 80 分 · 协助整理客户档案');
    const pending = await s.ok('manager_east', 'GET', '/api/approvals/pending');
    const step = pending.items.find((p: { docId: string }) => p.docId === req.id);
    expect(step).toBeTruthy();
    const supPending = await s.ok('sup_east1', 'GET', '/api/approvals/pending');
    expect(supPending.items.some((p: { docId: string }) => p.docId === req.id)).toBe(false);
    await s.ok('manager_east', 'POST', `/api/approvals/${step.requestId}/approve`, { comment: '同意' });
    expect(await balance(id.rep01!)).toBe(before + 80n);
    const done = await s.ok('rep01', 'GET', `/api/points/award-requests/${req.id}`);
    expect(done.status).toBe('approved');
    const lot = (await summary('rep01')).lots.find((l) => l.ref?.id === req.id);
    expect(lot).toMatchObject({
      kind: 'extra:other_contribution',
      amount: '80',
      ref: { type: 'point_award_request' },
    });
  });

  it('INC-4/ORG-5: nobody proposes for themself, nor for someone outside their scope (404); a reason is required', async () => {
    const self = await s.call('sup_east1', 'POST', '/api/points/award-requests', {
      userId: id.sup_east1,
      rule: 'other_contribution',
      reason: '自荐',
    });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.code).toBe('POINTS_AWARD_SELF');
    const rep06 = (await k.user('rep06')).id;
    const outside = await s.call('sup_east1', 'POST', '/api/points/award-requests', {
      userId: rep06,
      rule: 'other_contribution',
      reason: '不是本组的人',
    });
    expect(outside.statusCode).toBe(404);
    const noReason = await s.call('sup_east1', 'POST', '/api/points/award-requests', {
      userId: id.rep01,
      rule: 'other_contribution',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
  });
});

describe('INC-5/INC-6: reading points', () => {
  it('ORG-5: a leader reads a person in their scope; another rep’s points are not found', async () => {
    const sup = await summary('sup_east1', `?userId=${id.rep01}`);
    expect(sup.person.displayName).toBe('赵磊');
    expect(sup.canPropose).toBe(true);
    expect((await s.call('rep02', 'GET', `/api/points/summary?userId=${id.rep01}`)).statusCode).toBe(404);
    expect((await s.call('rep02', 'GET', `/api/points/history?userId=${id.rep01}`)).statusCode).toBe(404);
    expect((await summary('rep01')).canPropose).toBe(false);
  });

  it('INC-6: the points board shows each person’s balance, earned, redeemed and expired for the period, per unit and in total; exported to Excel with an audit row', async () => {
    const board = await s.ok<TPointsBoard>('rep02', 'GET', '/api/points/board?period=2026-03&pageSize=100');
    expect(board).toMatchObject({ period: '2026-03', from: '2026-03-01', to: '2026-03-31' });
    const rep03 = board.items.find((r) => r.person.id === id.rep03)!;
    // 200 + 300 earned in March, 250 redeemed; balance 0.
    expect(rep03).toMatchObject({ earned: '500', redeemed: '250', expired: '0', balance: '0' });
    const sumOf = (k: 'balance' | 'earned') => board.items.reduce((n, r) => n + BigInt(r[k]), 0n).toString();
    expect(board.totals.balance).toBe(sumOf('balance'));
    expect(board.totals.earned).toBe(sumOf('earned'));
    expect(board.units.reduce((n, u) => n + u.people, 0)).toBe(board.total);
    const file = await s.call('manager_east', 'GET', '/api/points/board/export?period=2026-03');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheet');
  });
});
