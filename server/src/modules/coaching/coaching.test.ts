import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import type { TTodo } from '../todo/index.js';
import { COACHING_DUE_KIND } from './due-items.js';
import { coachingJob } from './job.js';
import type { TCoaching } from './schemas.js';
import { coachingKit } from './test-kit.js';

let t: TestApp;
let k: ReturnType<typeof coachingKit>;
const id: Record<string, string> = {};
const yuan = (y: number) => BigInt(y) * 100n;

interface BoardItem {
  subject: { id: string; name: string };
  target: string | null;
  actual: string;
  completionPct: number | null;
  gapPts: number | null;
  standing: string;
  trend: { period: string; completionPct: number | null }[];
  canCoach: boolean;
}
interface Board {
  period: string;
  today: string;
  pace: { elapsed: number; total: number; pct: number };
  behindPct: number;
  items: BoardItem[];
  counts: Record<string, number>;
}

const runJob = () => executeJob(t.database.db, t.clock, coachingJob, t.clock.now(), 'test');
const section = async (username: string, key: string) => {
  const todo = await k.get<TTodo>(username, '/api/todo?limit=100');
  return todo.sections.find((s) => s.key === key);
};
const coachingItems = () =>
  t.database.db
    .select()
    .from(dueItems)
    .where(and(eq(dueItems.kind, COACHING_DUE_KIND)));

/**
 * March 2026 on Friday the 20th, 09:00 in Shanghai: 15 of the month's 22 working days have passed
 * (pace 68.2%). Collections targets ¥100,000 each for rep01, rep02, rep03 (华东一组, supervisor
 * sup_east1); collected so far ¥20,000 (20.0%, 48.2 points behind), ¥70,000 (on track), ¥90,000
 * (21.8 points ahead). rep01's February: ¥80,000 of ¥100,000.
 */
beforeAll(async () => {
  t = await createTestApp();
  k = coachingKit(t);
  t.clock.set(new Date('2026-03-20T01:00:00Z'));
  await k.monthlyTargets('EAST-T1', 2026, [
    { username: 'rep01', month: '2026-02', value: yuan(100_000) },
    ...['rep01', 'rep02', 'rep03'].map((username) => ({ username, month: '2026-03', value: yuan(100_000) })),
  ]);
  await k.collected('rep01', yuan(80_000), '2026-02-16');
  await k.collected('rep01', yuan(20_000), '2026-03-06');
  await k.collected('rep02', yuan(70_000), '2026-03-11');
  await k.collected('rep03', yuan(90_000), '2026-03-19');
  for (const u of ['rep01', 'rep02', 'rep04', 'sup_east1']) id[u] = (await k.user(u)).id;
});

describe('PLAN-6: the completion board and coaching', () => {
  it('PLAN-6: a rep behind by more than plan.behindPct shows as behind on the board, with the pace, the others ahead or on track, and the trend', async () => {
    const board = await k.get<Board>('sup_east1', '/api/completion-board?period=2026-03');
    expect(board).toMatchObject({ period: '2026-03', today: '2026-03-20', behindPct: 10 });
    expect(board.pace).toEqual({ elapsed: 15, total: 22, pct: 68.2 });
    const byName = new Map(board.items.map((i) => [i.subject.name, i]));
    expect(byName.get('赵磊')).toMatchObject({
      target: yuan(100_000).toString(),
      actual: yuan(20_000).toString(),
      completionPct: 20,
      gapPts: -48.2,
      standing: 'behind',
      canCoach: true,
      trend: [
        { period: '2025-12', completionPct: null },
        { period: '2026-01', completionPct: null },
        { period: '2026-02', completionPct: 80 },
      ],
    });
    expect(byName.get('钱芳')).toMatchObject({ completionPct: 70, gapPts: 1.8, standing: 'on_track' });
    expect(byName.get('孙浩')).toMatchObject({ completionPct: 90, gapPts: 21.8, standing: 'ahead' });
    // Someone else's people are not on this supervisor's board.
    expect(byName.has('李娜')).toBe(false);
    expect(board.counts).toMatchObject({ behind: 1, on_track: 1, ahead: 1 });

    const behind = await k.get<Board>('sup_east1', '/api/completion-board?period=2026-03&standing=behind');
    expect(behind.items.map((i) => i.subject.name)).toEqual(['赵磊']);
    // The rep sees their own line only, and may coach nobody.
    const own = await k.get<Board>('rep01', '/api/completion-board?period=2026-03');
    expect(own.items.map((i) => [i.subject.name, i.canCoach])).toEqual([['赵磊', false]]);
  });

  it('PLAN-6: the daily check gives the direct superior a coaching to-do — whom, how far behind, how much short, when due — once however often it runs', async () => {
    expect((await runJob()).result).toBe('ok');
    const toCoach = await section('sup_east1', 'coaching.toCoach');
    expect(toCoach?.total).toBe(1);
    const row = toCoach!.items[0]!;
    expect(row.title['zh-CN']).toBe('辅导 赵磊：落后时间进度 48.2 个百分点');
    expect(row.title.en).toBe('Coach 赵磊: 48.2 points behind the pace');
    expect(row.subject).toBe('赵磊');
    // On pace would be ¥100,000 × 15 ÷ 22 = ¥68,181.81; collected ¥20,000.
    expect(row.amountFen).toBe('4818181');
    // plan.coachingDays: 3 working days from Friday the 20th → Wednesday the 25th, end of day.
    expect(row.dueAt).toBe('2026-03-25T15:59:59.999Z');
    expect(row.link).toBe(`/coaching?rep=${id.rep01}&period=2026-03`);
    expect(row.detail?.['zh-CN']).toBe('2026-03 完成率 20%，时间进度 68.2%');

    // Nobody else is told to coach: not the rep, not another supervisor, not the manager.
    for (const u of ['rep01', 'sup_east2', 'manager_east']) {
      expect((await section(u, 'coaching.toCoach'))?.total ?? 0, u).toBe(0);
    }

    expect((await runJob()).result).toBe('ok');
    t.clock.set(new Date('2026-03-23T01:00:00Z'));
    expect((await runJob()).result).toBe('ok');
    expect(await coachingItems()).toHaveLength(1);
  });

  it('PLAN-6: recording the coaching closes the to-do, opens the follow-up on its date, keeps the figures, and starts the plan adjustment', async () => {
    const res = await k.call('sup_east1', 'POST', '/api/coaching', {
      repId: id.rep01,
      period: '2026-03',
      findings: '本月重点客户回款推迟，拜访频次不足',
      actions: '每周拜访三家重点客户；下周一前催收两笔到期款',
      followUpOn: '2026-03-27',
      adjustment: { planPeriod: '2026-03', reason: '辅导后调整本月重点客户与回款安排' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const record = res.json() as TCoaching;
    expect(record).toMatchObject({
      rep: { id: id.rep01, displayName: '赵磊' },
      coach: { id: id.sup_east1 },
      period: '2026-03',
      status: 'open',
      followUpOn: '2026-03-27',
      canFollowUp: true,
      adjustment: { kind: 'monthly', period: '2026-03', version: 1 },
    });
    expect(record.snapshot).toMatchObject({
      salesMetric: 'collected_amount',
      standing: 'behind',
      sales: { actual: yuan(20_000).toString(), completionPct: 20 },
    });

    expect((await section('sup_east1', 'coaching.toCoach'))?.total ?? 0).toBe(0);
    const [item] = await coachingItems();
    expect(item).toMatchObject({ status: 'closed', closedReason: 'coached' });
    const followUps = await section('sup_east1', 'coaching.followUps');
    expect(followUps?.total).toBe(1);
    expect(followUps!.items[0]).toMatchObject({
      subject: '赵磊',
      dueAt: '2026-03-27T15:59:59.999Z',
      link: `/coaching?id=${record.id}`,
    });

    // PLAN-4: the adjustment is a draft version of rep01's March plan, linked to the coaching.
    const [plan] = await queryRows<{ rep_id: string; status: string; coaching_id: string }>(
      t.database.db,
      sql`select rep_id::text, status, coaching_id::text from personal_plans where id = ${record.adjustment!.planId}`,
    );
    expect(plan).toEqual({ rep_id: id.rep01, status: 'draft', coaching_id: record.id });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${record.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['coaching.record']);

    // The coached rep reads it; a colleague does not.
    const mine = await k.get<{ items: TCoaching[] }>('rep01', '/api/coaching');
    expect(mine.items.map((r) => [r.id, r.canFollowUp])).toEqual([[record.id, false]]);
    expect((await k.get<{ items: TCoaching[] }>('rep02', '/api/coaching')).items).toEqual([]);
    expect((await k.call('rep02', 'GET', `/api/coaching/${record.id}`)).statusCode).toBe(404);

    // Coached for the month: the daily check does not ask again.
    t.clock.set(new Date('2026-03-24T01:00:00Z'));
    await runJob();
    expect(await coachingItems()).toHaveLength(1);

    // The follow-up closes the coach's item; a second one is refused.
    const done = await k.call('sup_east1', 'POST', `/api/coaching/${record.id}/follow-up`, {
      note: '已拜访三家，催回一笔 ¥30,000',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'followed_up', canFollowUp: false });
    expect((await section('sup_east1', 'coaching.followUps'))?.total ?? 0).toBe(0);
    const again = await k.call('sup_east1', 'POST', `/api/coaching/${record.id}/follow-up`, { note: '再次' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('COACHING_FOLLOWED_UP');
  });

  it('PLAN-6/ORG-5: only a superior over the person coaches them — not the person, not another team’s supervisor', async () => {
    const body = (repId: string) => ({
      repId,
      period: '2026-03',
      findings: '发现',
      actions: '行动',
      followUpOn: '2026-03-30',
    });
    expect((await k.call('rep01', 'POST', '/api/coaching', body(id.rep02!))).statusCode).toBe(403);
    const other = await k.call('sup_east1', 'POST', '/api/coaching', body(id.rep04!));
    expect(other.statusCode).toBe(404);
    const self = await k.call('sup_east1', 'POST', '/api/coaching', body(id.sup_east1!));
    expect(self.statusCode).toBe(422);
    expect(self.json().error.code).toBe('COACHING_SELF');
    const past = await k.call('sup_east1', 'POST', '/api/coaching', {
      ...body(id.rep02!),
      followUpOn: '2026-03-01',
    });
    expect(past.statusCode).toBe(400);
    expect(Object.keys(past.json().error.fields)).toEqual(['followUpOn']);
  });
});
