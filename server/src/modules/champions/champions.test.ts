import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incentiveFixtures } from '../../../test/incentive-fixtures.js';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import type { TTodo } from '../todo/index.js';
import { championsJob } from './job.js';
import type { TChampion, TChampionDetail, TChampionReward } from './schemas.js';

let t: TestApp;
let f: ReturnType<typeof incentiveFixtures>;
let s: ReturnType<typeof sessions>;
const yuan = (y: number) => BigInt(y) * 100n;
const id: Record<string, string> = {};

const champions = (period: string) =>
  queryRows<{ unit: string; username: string; scope: string; period_kind: string }>(
    t.database.db,
    sql`select un.code as unit, u.username, c.scope, c.period_kind from sales_champions c
        join units un on un.id = c.unit_id join users u on u.id = c.user_id
        where c.period = ${period} order by un.code`,
  );
const noticesOf = (username: string) =>
  queryRows<{ title_zh: string }>(
    t.database.db,
    sql`select n.title_zh from notifications n join users u on u.id = n.user_id
        where u.username = ${username} and n.event = 'champion.announced' order by n.title_zh`,
  );

/**
 * March 2026 closes on Wednesday 1 April (09:00 in Shanghai), a working day; March ends Q1.
 * Confirmed collections in March: 华东一组 rep01 ¥50,000, rep02 ¥80,000 (target ¥100,000: 80%),
 * rep03 ¥80,000 (target ¥200,000: 40%); 华东二组 rep04 ¥30,000 (and ¥200,000 in February);
 * 华南一组 rep07 ¥120,000; 华南二组 nothing.
 */
beforeAll(async () => {
  t = await createTestApp();
  f = incentiveFixtures(t);
  s = sessions(t);
  t.clock.set(new Date('2026-03-31T02:00:00Z'));
  await f.targets('EAST-T1', 2026, [
    { username: 'rep02', period: '2026-03', value: yuan(100_000) },
    { username: 'rep03', period: '2026-03', value: yuan(200_000) },
  ]);
  await f.collected('rep01', yuan(50_000), '2026-03-05');
  await f.collected('rep02', yuan(80_000), '2026-03-10');
  await f.collected('rep03', yuan(80_000), '2026-03-12');
  await f.collected('rep04', yuan(30_000), '2026-03-16');
  await f.collected('rep04', yuan(200_000), '2026-02-16');
  await f.collected('rep07', yuan(120_000), '2026-03-20');
  for (const u of ['rep01', 'rep02', 'rep03', 'rep04', 'rep07']) id[u] = (await f.user(u)).id;
  t.clock.set(new Date('2026-04-01T01:00:00Z'));
});

describe('INC-7: sales champions', () => {
  it('INC-7: a month close names the champion of each unit from seeded data and announces it once, even when the job runs twice', async () => {
    const first = await f.runJob(championsJob);
    expect(first.result, first.message ?? '').toBe('ok');
    expect(await champions('2026-03')).toEqual([
      { unit: 'EAST', username: 'rep02', scope: 'unit', period_kind: 'month' },
      { unit: 'EAST-SALES', username: 'rep02', scope: 'unit', period_kind: 'month' },
      { unit: 'EAST-T1', username: 'rep02', scope: 'unit', period_kind: 'month' },
      { unit: 'EAST-T2', username: 'rep04', scope: 'unit', period_kind: 'month' },
      { unit: 'HQ', username: 'rep07', scope: 'company', period_kind: 'month' },
      { unit: 'SOUTH', username: 'rep07', scope: 'unit', period_kind: 'month' },
      { unit: 'SOUTH-SALES', username: 'rep07', scope: 'unit', period_kind: 'month' },
      { unit: 'SOUTH-T1', username: 'rep07', scope: 'unit', period_kind: 'month' },
    ]);
    // March closes the first quarter: rep04's ¥230,000 in Q1 makes them the company's and the east's.
    expect((await champions('2026-Q1')).map((c) => [c.unit, c.username])).toEqual([
      ['EAST', 'rep04'],
      ['EAST-SALES', 'rep04'],
      ['EAST-T1', 'rep02'],
      ['EAST-T2', 'rep04'],
      ['HQ', 'rep04'],
      ['SOUTH', 'rep07'],
      ['SOUTH-SALES', 'rep07'],
      ['SOUTH-T1', 'rep07'],
    ]);
    // rep01 sits in 华东一组 → 华东销售部 → 华东大区 → the company: told of each unit's champion, month and quarter.
    const told = (await noticesOf('rep01')).map((n) => n.title_zh);
    expect(told).toHaveLength(8);
    expect(told).toContain('华东一组 2026年3月月度销售冠军：钱芳');
    expect(told).toContain('销管示范有限公司 2026年第1季度季度销售冠军：李娜');
    // Someone in the south is told of the south's and the company's only.
    expect((await noticesOf('rep08')).map((n) => n.title_zh)).not.toContain(
      '华东一组 2026年3月月度销售冠军：钱芳',
    );

    const again = await f.runJob(championsJob);
    expect(again.result).toBe('ok');
    expect(again.message).toBe('named=0 notified=0');
    expect(await champions('2026-03')).toHaveLength(8);
    expect(await noticesOf('rep01')).toHaveLength(8);
    const audits = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'champion.announce'`,
    );
    expect(audits[0]!.n).toBe(16);
  });

  it('INC-7: the champion’s page says why — the top people with their figures and the tie rule that decided', async () => {
    const page = await s.ok<{ items: TChampion[] }>(
      'rep01',
      'GET',
      '/api/champions?period=2026-03&pageSize=50',
    );
    const team = page.items.find((c) => c.unit.name === '华东一组')!;
    expect(team.figures).toMatchObject({
      sales: yuan(80_000).toString(),
      completionPct: 80,
      salesMetric: 'collected_amount',
    });
    const detail = await s.ok<TChampionDetail>('rep01', 'GET', `/api/champions/${team.id}`);
    expect(detail.ranking.map((r) => [r.name, r.sales, r.completionPct])).toEqual([
      ['钱芳', yuan(80_000).toString(), 80],
      ['孙浩', yuan(80_000).toString(), 40],
      ['赵磊', yuan(50_000).toString(), null],
    ]);
    expect(detail.tieBreak).toEqual({ runnerUpId: id.rep03, runnerUpName: '孙浩', decidedBy: 'completion' });
    expect(detail.tieRule['zh-CN']).toContain('销售额相同时，依次比较目标完成率');
    expect(detail.canReward).toBe(false);

    // The 工作台 banner: the latest month's and quarter's champions of rep01's units and the company.
    const banner = await s.ok<{ items: TChampion[] }>('rep01', 'GET', '/api/champions/current');
    expect(banner.items.map((c) => `${c.period} ${c.unit.name} ${c.user.displayName}`)).toEqual([
      '2026-03 销管示范有限公司 郑伟',
      '2026-03 华东大区 钱芳',
      '2026-03 华东销售部 钱芳',
      '2026-03 华东一组 钱芳',
      '2026-Q1 销管示范有限公司 李娜',
      '2026-Q1 华东大区 李娜',
      '2026-Q1 华东销售部 李娜',
      '2026-Q1 华东一组 钱芳',
    ]);
    expect((await s.call('rep01', 'GET', '/api/champions/not-a-uuid')).statusCode).toBe(400);
  });

  it('INC-7: a reward is proposed, approved by the GM from their 待办, and its extra points go to the champion once', async () => {
    const [company] = (
      await s.ok<{ items: TChampion[] }>('director', 'GET', '/api/champions?period=2026-03&kind=month')
    ).items.filter((c) => c.scope === 'company');
    expect(company!.user.username).toBe('rep07');
    // A bonus needs its amount.
    const bad = await s.call('director', 'POST', `/api/champions/${company!.id}/rewards`, { kind: 'bonus' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['bonusFen']);
    expect(
      (
        await s.call('rep01', 'POST', `/api/champions/${company!.id}/rewards`, {
          kind: 'prize',
          prize: '手表',
        })
      ).statusCode,
    ).toBe(403);

    // The director's 待办 asks for the rewards of the latest champions.
    const ask = (await s.ok<TTodo>('director', 'GET', '/api/todo?limit=100')).sections.find(
      (sec) => sec.key === 'champions.toReward',
    );
    expect(ask?.total).toBe(16);
    expect(ask?.items.map((i) => i.title['zh-CN'])).toContain(
      '登记冠军奖励：郑伟（销管示范有限公司 2026-03）',
    );
    expect(
      (await s.ok<TTodo>('rep01', 'GET', '/api/todo?limit=100')).sections.some(
        (sec) => sec.key === 'champions.toReward' && sec.total > 0,
      ),
    ).toBe(false);

    const reward = await s.ok<TChampionReward>('director', 'POST', `/api/champions/${company!.id}/rewards`, {
      kind: 'bonus',
      bonusFen: '500000',
      note: '3月全公司回款第一',
      points: 200,
    });
    expect(reward).toMatchObject({ status: 'draft', bonusFen: '500000', points: 200, canEdit: true });
    const submitted = await s.ok<TChampionReward>(
      'director',
      'POST',
      `/api/champion-rewards/${reward.id}/submit`,
    );
    expect(submitted.status).toBe('submitted');
    expect(
      (
        await s.call('director', 'PATCH', `/api/champion-rewards/${reward.id}`, { kind: 'prize', prize: 'x' })
      ).json().error.code,
    ).toBe('CHAMPION_REWARD_LOCKED');

    const todo = await s.ok<TTodo>('gm', 'GET', '/api/todo?limit=100');
    const items = todo.sections.flatMap((sec) => sec.items);
    const item = items.find((i) => i.subject === '郑伟' && i.detail?.['zh-CN']?.includes('销售冠军'));
    expect(item?.detail?.['zh-CN']).toContain('2026-03 销售冠军 · 奖金 ¥5,000.00 · 200 积分');
    const pending = await s.ok<{ items: { requestId: string; docId: string }[] }>(
      'gm',
      'GET',
      '/api/approvals/pending',
    );
    const request = pending.items.find((p) => p.docId === reward.id)!;
    await s.ok('gm', 'POST', `/api/approvals/${request.requestId}/approve`, {});

    const after = (await s.ok<TTodo>('director', 'GET', '/api/todo?limit=100')).sections.find(
      (sec) => sec.key === 'champions.toReward',
    );
    expect(after?.total).toBe(15);
    const detail = await s.ok<TChampionDetail>('director', 'GET', `/api/champions/${company!.id}`);
    expect(detail.rewards.map((r) => [r.status, r.bonusFen])).toEqual([['approved', '500000']]);
    const points = await queryRows<{ amount: string; kind: string; idempotency_key: string }>(
      t.database.db,
      sql`select amount::text as amount, kind, idempotency_key from ledger_entries
          where account = 'points' and holder_id = ${id.rep07}`,
    );
    expect(points).toEqual([
      {
        amount: '200',
        kind: 'extra:other_contribution',
        idempotency_key: `champion:${company!.id}:${reward.id}`,
      },
    ]);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${reward.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'championReward.propose',
      'championReward.submit',
      'championReward.approve',
    ]);
  });
});
