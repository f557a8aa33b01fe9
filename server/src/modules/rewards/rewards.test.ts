import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { lotMovesOf, lotsOf } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { POINTS_ACCOUNT } from '../points/index.js';
import type { TTodo } from '../todo/index.js';
import type { TRedemption, TRewardBalance, TRewardItem } from './schemas.js';
import { rewardItems } from './tables.js';
import { rewardsKit } from './test-kit.js';

let t: TestApp;
let k: ReturnType<typeof rewardsKit>;
const DAY = 86_400_000;
const stockOf = async (id: string) =>
  (
    await t.database.db.select({ stock: rewardItems.stock }).from(rewardItems).where(eq(rewardItems.id, id))
  )[0]!.stock;

beforeAll(async () => {
  t = await createTestApp();
  k = rewardsKit(t);
});

describe('INC-6: the reward catalogue', () => {
  it('INC-6: everyone reads the catalogue filtered by kind and offered; only the keepers change it', async () => {
    await k.ok('hr', 'POST', '/api/rewards/items', {
      name: '测试培训名额',
      kind: 'training',
      valueFen: '200000',
      stock: 2,
      active: false,
    });
    const training = await k.ok<{ items: TRewardItem[]; total: number }>(
      'rep01',
      'GET',
      '/api/rewards/items?kind=training&active=false',
    );
    expect(training.items.map((i) => i.name)).toContain('测试培训名额');
    expect(training.items.every((i) => i.kind === 'training' && !i.active)).toBe(true);
    const res = await k.call('rep01', 'POST', '/api/rewards/items', {
      name: 'x',
      kind: 'gift',
      valueFen: '100',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('INC-5/INC-6: redemption', () => {
  it('INC-5/INC-6: extra points earned in month 1 and basic in month 2; a redemption consumes the extra (earlier-expiring) lot first', async () => {
    const start = t.clock.now();
    const extra = await k.award('rep01', 'other_contribution', 300n);
    t.clock.set(new Date(start.getTime() + 31 * DAY));
    const basic = await k.award('rep01', 'basic', 1000n);
    // Extra points expire six months after award, basic ones a year after: the extra lot goes first.
    expect(extra!.expiresAt!.getTime()).toBeLessThan(basic!.expiresAt!.getTime());
    const item = await k.item('测试保温杯 FIFO', 50); // 500 points
    const before = await k.ok<TRewardBalance>('rep01', 'GET', '/api/rewards/balance');
    expect(before.balance).toBe('1300');
    expect(before.lots.map((l) => l.remaining)).toEqual(['300', '1000']);

    const r = await k.redeemOk('rep01', item.id);
    expect(r).toMatchObject({ status: 'submitted', points: '500', quantity: 1, canWithdraw: true });
    const [spendEntry] = await t.database.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.refId, r.id));
    expect(spendEntry).toMatchObject({ amount: -500n, kind: 'redeemed', refType: 'redemption' });
    const moves = await lotMovesOf(t.database.db, [spendEntry!.id]);
    expect(new Map(moves.map((m) => [m.lotId, m.amount]))).toEqual(
      new Map([
        [extra!.id, 300n],
        [basic!.id, 200n],
      ]),
    );
    const lots = await lotsOf(t.database.db, POINTS_ACCOUNT, await t.userId('rep01'));
    expect(lots.map((l) => [l.id, l.remaining])).toEqual([
      [extra!.id, 0n],
      [basic!.id, 800n],
    ]);
    expect(await k.balance('rep01')).toBe(800n);
  });

  it('INC-6: 待办 shows the nearest sales manager who asks, which reward and how many points; approved, the requester sees it approved', async () => {
    const item = await k.item('测试京东卡 审批', 20); // 200 points
    const r = await k.redeemOk('rep01', item.id);
    const todo = await k.ok<TTodo>('manager_east', 'GET', '/api/todo?limit=100');
    const row = todo.sections.flatMap((s) => s.items).find((i) => i.link?.includes(r.id));
    expect(row).toMatchObject({ subject: '赵磊' });
    expect(row!.detail!['zh-CN']).toContain('测试京东卡 审批 × 1 · 200 积分');
    const request = await k.pendingRequest(r.id);
    await k.ok('manager_east', 'POST', `/api/approvals/${request.id}/approve`, {});
    const after = await k.ok<TRedemption>('rep01', 'GET', `/api/rewards/redemptions/${r.id}`);
    expect(after).toMatchObject({ status: 'approved', canWithdraw: false });
    expect(after.decidedAt).not.toBeNull();
    // The keeper hands it over.
    const given = await k.ok<TRedemption>('hr', 'POST', `/api/rewards/redemptions/${r.id}/fulfil`);
    expect(given.status).toBe('fulfilled');
  });

  it('INC-6: refused when the live balance is short — expired lots do not count — and nothing is taken', async () => {
    await k.award('rep02', 'other_contribution', 400n);
    t.clock.set(new Date(t.clock.now().getTime() + 200 * DAY)); // past the six months
    await k.award('rep02', 'basic', 150n);
    const item = await k.item('测试保温杯 不足', 20, 5); // 200 points
    const res = await k.redeem('rep02', item.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REWARD_POINTS_SHORT');
    expect(res.json().error.message).toContain('150');
    expect(await k.balance('rep02')).toBe(150n);
    expect(await stockOf(item.id)).toBe(5);
  });

  it('INC-6: rejection gives the points and the stock back', async () => {
    await k.award('rep03', 'basic', 1000n);
    const item = await k.item('测试培训 驳回', 30, 3); // 300 points
    const r = await k.redeemOk('rep03', item.id, 2);
    expect(await k.balance('rep03')).toBe(400n);
    expect(await stockOf(item.id)).toBe(1);
    const request = await k.pendingRequest(r.id);
    await k.ok('manager_east', 'POST', `/api/approvals/${request.id}/reject`, { comment: '本月预算已用完' });
    const after = await k.ok<TRedemption>('rep03', 'GET', `/api/rewards/redemptions/${r.id}`);
    expect(after.status).toBe('rejected');
    expect(await k.balance('rep03')).toBe(1000n);
    expect(await stockOf(item.id)).toBe(3);
    // A closed redemption is never submitted again.
    const again = await k.call('rep03', 'POST', `/api/approvals/${request.id}/resubmit`);
    expect(again.statusCode).toBe(409);
    expect(await k.balance('rep03')).toBe(1000n);
  });

  it('INC-6: withdrawn likewise; another person’s redemption answers 404', async () => {
    await k.award('rep05', 'basic', 500n);
    const item = await k.item('测试 撤回', 10, 1); // 100 points
    const r = await k.redeemOk('rep05', item.id);
    expect(await k.balance('rep05')).toBe(400n);
    expect((await k.call('rep01', 'GET', `/api/rewards/redemptions/${r.id}`)).statusCode).toBe(404);
    expect((await k.call('rep01', 'POST', `/api/rewards/redemptions/${r.id}/withdraw`)).statusCode).toBe(404);
    const mine = await k.ok<{ items: TRedemption[] }>('rep01', 'GET', '/api/rewards/redemptions');
    expect(mine.items.some((i) => i.id === r.id)).toBe(false);
    const back = await k.ok<TRedemption>('rep05', 'POST', `/api/rewards/redemptions/${r.id}/withdraw`);
    expect(back.status).toBe('withdrawn');
    expect(await k.balance('rep05')).toBe(500n);
    expect(await stockOf(item.id)).toBe(1);
    expect((await k.call('rep05', 'POST', `/api/rewards/redemptions/${r.id}/withdraw`)).statusCode).toBe(409);
  });

  it('INC-6: the stock is never taken below zero; an item off the shelf is not redeemed', async () => {
    await k.award('rep06', 'basic', 1000n);
    const item = await k.item('测试 限量', 10, 1);
    await k.redeemOk('rep06', item.id);
    const second = await k.redeem('rep06', item.id);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('REWARD_OUT_OF_STOCK');
    expect(await stockOf(item.id)).toBe(0);
    expect(await k.balance('rep06')).toBe(900n);
    await k.ok('hr', 'PUT', `/api/rewards/items/${item.id}`, {
      name: '测试 限量',
      kind: 'gift',
      valueFen: '1000',
      stock: 5,
      active: false,
    });
    expect((await k.redeem('rep06', item.id)).json().error.code).toBe('REWARD_INACTIVE');
  });

  it('INC-6: with an Idempotency-Key a repeated request redeems once', async () => {
    await k.award('rep07', 'basic', 1000n);
    const item = await k.item('测试 幂等', 10);
    const send = () =>
      k.as('rep07').then((cookie) =>
        t.request('POST', '/api/rewards/redemptions', {
          cookie,
          body: { itemId: item.id, quantity: 1 },
          headers: { 'idempotency-key': 'redeem-once-1' },
        }),
      );
    const a = await send();
    const b = await send();
    expect(a.statusCode).toBe(200);
    expect(b.json().id).toBe(a.json().id);
    expect(await k.balance('rep07')).toBe(900n);
  });

  it.runIf(process.env.DATABASE_URL)(
    'INC-6: two concurrent redemptions that together exceed the balance → one succeeds, one is refused, balance never negative (PostgreSQL)',
    async () => {
      await k.award('rep08', 'basic', 700n);
      const item = await k.item('测试 并发', 50); // 500 points
      const cookie = await k.as('rep08');
      const answers = await Promise.all(
        [1, 2].map(() =>
          t.request('POST', '/api/rewards/redemptions', { cookie, body: { itemId: item.id, quantity: 1 } }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toBe('REWARD_POINTS_SHORT');
      expect(await k.balance('rep08')).toBe(200n);
      const lots = await lotsOf(t.database.db, POINTS_ACCOUNT, await t.userId('rep08'));
      expect(lots.every((l) => l.remaining >= 0n)).toBe(true);
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    'INC-6: concurrent redemptions of the last piece in stock → one succeeds, the stock never below zero (PostgreSQL)',
    async () => {
      const reps = ['rep04', 'rep10', 'rep11', 'rep12'];
      for (const r of reps) await k.award(r, 'basic', 1000n);
      const item = await k.item('测试 并发库存', 10, 1);
      const cookies = await Promise.all(reps.map((r) => k.as(r)));
      const answers = await Promise.all(
        cookies.map((cookie) =>
          t.request('POST', '/api/rewards/redemptions', { cookie, body: { itemId: item.id, quantity: 1 } }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409]);
      expect(await stockOf(item.id)).toBe(0);
    },
  );
});

describe('INC-6: the exchange ratio', () => {
  it('INC-6: a reward is priced at its value × rewards.exchangeRatio when saved; a new ratio prices the next save only', async () => {
    const cup = await k.item('测试保温杯', 50, 10);
    expect(cup).toMatchObject({
      valueFen: '5000',
      exchangeRatio: '10',
      pointsPrice: '500',
      stock: 10,
      active: true,
    });
    await setPolicyValue(t, 'rewards.exchangeRatio', '12.5');
    const card = await k.item('测试京东卡', 33, null);
    expect(card).toMatchObject({ exchangeRatio: '12.5', pointsPrice: '413', stock: null });
    expect((await k.ok<TRewardItem>('rep01', 'GET', `/api/rewards/items/${cup.id}`)).pointsPrice).toBe('500');
    const resaved = await k.ok<TRewardItem>('hr', 'PUT', `/api/rewards/items/${cup.id}`, {
      name: '测试保温杯',
      kind: 'gift',
      valueFen: '5000',
      stock: 10,
      active: true,
    });
    expect(resaved.pointsPrice).toBe('625');
  });
});
