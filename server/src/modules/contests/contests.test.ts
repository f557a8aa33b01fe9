import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incentiveFixtures } from '../../../test/incentive-fixtures.js';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { contestsJob } from './job.js';
import type { TContestDetail } from './schemas.js';

let t: TestApp;
let f: ReturnType<typeof incentiveFixtures>;
let s: ReturnType<typeof sessions>;
const yuan = (y: number) => BigInt(y) * 100n;
const id: Record<string, string> = {};
let contest: TContestDetail;

const input = (over: Record<string, unknown> = {}) => ({
  name: '三月回款冲刺赛',
  description: '华东一组全员与李娜比拼三月回款',
  fromOn: '2026-03-01',
  toOn: '2026-03-31',
  metric: 'collected_amount',
  prize: '前两名各获购物卡一张',
  winnerCount: 2,
  winnerPoints: 100,
  userIds: [id.rep04],
  unitIds: [id.EAST_T1],
  ...over,
});

const pointsOf = (userId: string) =>
  queryRows<{ amount: string; idempotency_key: string }>(
    t.database.db,
    sql`select amount::text as amount, idempotency_key from ledger_entries
        where account = 'points' and holder_id = ${userId} order by idempotency_key`,
  );
const noticesOf = (username: string) =>
  queryRows<{ title_zh: string }>(
    t.database.db,
    sql`select n.title_zh from notifications n join users u on u.id = n.user_id
        where u.username = ${username} and n.event = 'contest.results'`,
  );

/**
 * Friday 20 March 2026, 09:00 in Shanghai. Confirmed collections in March: rep01 ¥30,000, rep02
 * ¥50,000, rep03 ¥30,000, rep04 ¥10,000, rep05 ¥90,000 (not in the contest); rep01's ¥100,000 of
 * February falls outside it.
 */
beforeAll(async () => {
  t = await createTestApp();
  f = incentiveFixtures(t);
  s = sessions(t);
  t.clock.set(new Date('2026-03-20T01:00:00Z'));
  await f.collected('rep01', yuan(30_000), '2026-03-05');
  await f.collected('rep01', yuan(100_000), '2026-02-25');
  await f.collected('rep02', yuan(50_000), '2026-03-09');
  await f.collected('rep03', yuan(30_000), '2026-03-11');
  await f.collected('rep04', yuan(10_000), '2026-03-12');
  await f.collected('rep05', yuan(90_000), '2026-03-13');
  for (const u of ['rep01', 'rep02', 'rep03', 'rep04', 'rep05', 'sup_east1']) id[u] = (await f.user(u)).id;
  id.EAST_T1 = await f.unitId('EAST-T1');
});

describe('INC-9: sales contests', () => {
  it('INC-9/ORG-5: a manager runs a contest for people in their scope only; a draft is theirs until it starts', async () => {
    expect((await s.call('rep01', 'POST', '/api/contests', input())).statusCode).toBe(403);
    // A supervisor has people, not units; and rep04 is not sup_east1's.
    expect((await s.call('sup_east1', 'POST', '/api/contests', input({ userIds: [] }))).statusCode).toBe(404);
    expect((await s.call('sup_east1', 'POST', '/api/contests', input({ unitIds: [] }))).statusCode).toBe(404);
    expect((await s.call('manager_south', 'POST', '/api/contests', input())).statusCode).toBe(404);
    const backwards = await s.call('manager_east', 'POST', '/api/contests', input({ toOn: '2026-02-01' }));
    expect(backwards.statusCode).toBe(400);
    expect(Object.keys(backwards.json().error.fields)).toEqual(['toOn']);
    const nobody = await s.call('manager_east', 'POST', '/api/contests', input({ userIds: [], unitIds: [] }));
    expect(Object.keys(nobody.json().error.fields)).toEqual(['userIds']);

    contest = await s.ok<TContestDetail>('manager_east', 'POST', '/api/contests', input());
    expect(contest).toMatchObject({ status: 'draft', canManage: true, winnerPoints: 100 });
    expect((await s.call('rep01', 'GET', `/api/contests/${contest.id}`)).statusCode).toBe(404);
    expect((await s.call('manager_south', 'POST', `/api/contests/${contest.id}/start`)).statusCode).toBe(404);
    contest = await s.ok<TContestDetail>('manager_east', 'POST', `/api/contests/${contest.id}/start`);
    expect(contest.status).toBe('running');
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${contest.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['contest.create', 'contest.start']);
  });

  it('INC-9: the live leaderboard ranks the participants by the indicators’ figure over the contest’s days, equal figures sharing a place, each figure explained by its records', async () => {
    const live = await s.ok<TContestDetail>('rep01', 'GET', `/api/contests/${contest.id}`);
    expect(live.countedTo).toBe('2026-03-20');
    expect(live.canManage).toBe(false);
    expect(live.leaderboard.map((e) => [e.rank, e.user.username, e.value, e.winner])).toEqual([
      [1, 'rep02', yuan(50_000).toString(), true],
      [2, 'rep03', yuan(30_000).toString(), true],
      [2, 'rep01', yuan(30_000).toString(), true],
      [4, 'rep04', yuan(10_000).toString(), false],
      [5, 'sup_east1', '0', false],
    ]);
    const why = await s.ok<{ sum: string; items: { number: string; value: string; date: string }[] }>(
      'rep02',
      'GET',
      `/api/contests/${contest.id}/records?userId=${id.rep01}`,
    );
    expect(why.sum).toBe(yuan(30_000).toString());
    expect(why.items.map((r) => [r.date, r.value])).toEqual([['2026-03-05', yuan(30_000).toString()]]);
    // Someone not in the contest has no figure in it.
    expect(
      (await s.call('rep02', 'GET', `/api/contests/${contest.id}/records?userId=${id.rep05}`)).statusCode,
    ).toBe(404);
  });

  it('INC-9: closing freezes the results, announces them and awards the winners’ points once — a second close, or the job, does nothing more', async () => {
    const closed = await s.ok<TContestDetail>('manager_east', 'POST', `/api/contests/${contest.id}/close`);
    expect(closed.status).toBe('closed');
    expect(closed.leaderboard.filter((e) => e.winner).map((e) => e.user.username)).toEqual([
      'rep02',
      'rep03',
      'rep01',
    ]);
    const again = await s.call('manager_east', 'POST', `/api/contests/${contest.id}/close`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONTEST_NOT_RUNNING');
    t.clock.set(new Date('2026-04-01T01:00:00Z'));
    expect((await f.runJob(contestsJob)).message).toBe('closed=0');

    expect(await pointsOf(id.rep02!)).toEqual([
      { amount: '100', idempotency_key: `contest:${contest.id}:${id.rep02}` },
    ]);
    expect(await pointsOf(id.rep01!)).toHaveLength(1);
    expect(await pointsOf(id.rep04!)).toEqual([]);
    expect((await noticesOf('rep04')).map((n) => n.title_zh)).toEqual([
      '销售竞赛「三月回款冲刺赛」结果公布：您排名第 4',
    ]);
    expect(await noticesOf('rep05')).toEqual([]);
    // Frozen: a payment of March confirmed later does not change the closed results.
    await f.collected('rep04', yuan(90_000), '2026-03-18');
    const frozen = await s.ok<TContestDetail>('rep04', 'GET', `/api/contests/${contest.id}`);
    expect(frozen.leaderboard[3]).toMatchObject({ rank: 4, value: yuan(10_000).toString() });
  });

  it('INC-9: the daily job closes a contest whose end date passed, once', async () => {
    t.clock.set(new Date('2026-03-20T01:00:00Z'));
    const c = await s.ok<TContestDetail>(
      'sup_east1',
      'POST',
      '/api/contests',
      input({
        name: '小组新客户赛',
        metric: 'new_customers',
        toOn: '2026-03-25',
        unitIds: [],
        userIds: [id.rep01, id.rep02],
      }),
    );
    await s.ok('sup_east1', 'POST', `/api/contests/${c.id}/start`);
    t.clock.set(new Date('2026-03-25T10:00:00Z'));
    expect((await f.runJob(contestsJob)).message).toBe('closed=0');
    t.clock.set(new Date('2026-03-26T01:00:00Z'));
    expect((await f.runJob(contestsJob)).message).toBe('closed=1');
    expect((await f.runJob(contestsJob)).message).toBe('closed=0');
    const done = await s.ok<TContestDetail>('rep01', 'GET', `/api/contests/${c.id}`);
    expect(done).toMatchObject({ status: 'closed', countedTo: '2026-03-25' });
    // Nobody won a new-customers contest with no new customers: no points.
    expect(done.leaderboard.every((e) => !e.winner)).toBe(true);
    expect((await noticesOf('rep01')).length).toBe(2);
  });
});
