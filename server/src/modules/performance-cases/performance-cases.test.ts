import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import type { TTodo } from '../todo/index.js';
import type { TCase, TCaseRow } from './schemas.js';
import { casesKit } from './test-kit.js';

let t: TestApp;
let k: ReturnType<typeof casesKit>;
let s: ReturnType<typeof sessions>;
const id: Record<string, string> = {};
const yuan = (y: number) => BigInt(y) * 100n;
type Page = { items: TCaseRow[]; total: number };

const casesOf = async (username: string, query = '') =>
  (await s.ok<Page>(username, 'GET', `/api/performance-cases?pageSize=100${query}`)).items;
const caseOf = async (username: string, month: string) => {
  const found = (await casesOf('hr', `&month=${month}`)).find((c) => c.person.username === username);
  return found ? s.ok<TCase>('hr', 'GET', `/api/performance-cases/${found.id}`) : undefined;
};
const section = async (username: string) => {
  const todo = await s.ok<TTodo>(username, 'GET', '/api/todo?limit=100');
  return todo.sections.find((x) => x.key === 'performance_cases.toWork');
};
const requestOf = async (caseId: string) => {
  const [r] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id::text as id from approval_requests where doc_type = 'performance_case' and doc_id = ${caseId}
        order by round desc limit 1`,
  );
  return r!.id;
};

/**
 * 华东一组 (supervisor sup_east1): collections targets of ¥100,000 a month for February and March
 * 2026. rep01 collects ¥80,000 then ¥20,000 (below twice), rep02 ¥100,000 then ¥70,000 (below in
 * March only), rep03 ¥120,000 then exactly ¥100,000 (never below). rep04 (华东二组) has no target
 * and collects nothing. The month close runs on the first working day of March and of April.
 */
beforeAll(async () => {
  t = await createTestApp();
  k = casesKit(t);
  s = sessions(t);
  t.clock.set(new Date('2026-02-27T02:00:00Z'));
  await k.monthlyTargets(
    'EAST-T1',
    2026,
    ['2026-02', '2026-03'].flatMap((month) =>
      ['rep01', 'rep02', 'rep03'].map((username) => ({ username, month, value: yuan(100_000) })),
    ),
  );
  await k.collected('rep01', yuan(80_000), '2026-02-10');
  await k.collected('rep02', yuan(100_000), '2026-02-12');
  await k.collected('rep03', yuan(120_000), '2026-02-13');
  for (const u of ['rep01', 'rep02', 'rep03', 'rep04', 'sup_east1', 'manager_east', 'hr'])
    id[u] = (await k.user(u)).id;
});

describe('INC-8: below target at the month close', () => {
  it('INC-8: the February close opens an interview for the one rep below target, and nothing for those at or above it or without a target', async () => {
    // Monday 2 March, 08:00 in Shanghai: the first working day after February.
    t.clock.set(new Date('2026-03-02T00:00:00Z'));
    const run = await k.runClose();
    expect(run.result).toBe('ok');
    const feb = await casesOf('hr', '&month=2026-02');
    expect(feb.map((c) => [c.person.username, c.level, c.status, c.consecutiveMonths])).toEqual([
      ['rep01', 'interview', 'interview', 1],
    ]);
    expect(feb[0]!.superior?.username).toBe('sup_east1');
    expect(feb[0]!.snapshot).toEqual({
      salesMetric: 'collected_amount',
      belowPct: 100,
      escalateMonths: 2,
      months: [{ period: '2026-02', target: '10000000', actual: '8000000', completionPct: 80 }],
    });
  });

  it('INC-8: a rep below target in two consecutive months gets an escalated case; one month below opens the interview step only', async () => {
    t.clock.set(new Date('2026-03-20T02:00:00Z'));
    await k.collected('rep01', yuan(20_000), '2026-03-06');
    await k.collected('rep02', yuan(70_000), '2026-03-11');
    await k.collected('rep03', yuan(100_000), '2026-03-19');
    // Wednesday 1 April 2026, 08:00 in Shanghai.
    t.clock.set(new Date('2026-04-01T00:00:00Z'));
    expect((await k.runClose()).result).toBe('ok');
    const march = await casesOf('hr', '&month=2026-03&sort=person&order=asc');
    const byName = new Map(march.map((c) => [c.person.username, c]));
    expect([...byName.keys()].sort()).toEqual(['rep01', 'rep02']);
    expect(byName.get('rep01')).toMatchObject({ level: 'review', status: 'interview', consecutiveMonths: 2 });
    expect(byName.get('rep01')!.snapshot.months.map((m) => [m.period, m.completionPct])).toEqual([
      ['2026-02', 80],
      ['2026-03', 20],
    ]);
    expect(byName.get('rep02')).toMatchObject({
      level: 'interview',
      status: 'interview',
      consecutiveMonths: 1,
    });
    const rep01 = await s.ok<TCase>('hr', 'GET', `/api/performance-cases/${byName.get('rep01')!.id}`);
    const february = await caseOf('rep01', '2026-02');
    expect(rep01.previousCaseId).toBe(february!.id);
    // cases.interviewDays: 5 working days from Wednesday 1 April (the Qingming holiday 4–6 April) → Thursday 9 April, end of day.
    expect(rep01.interviewDueAt).toBe('2026-04-09T15:59:59.999Z');
  });

  it('INC-8: the job running twice opens one case per person and month', async () => {
    expect((await k.runClose()).result).toBe('ok');
    t.clock.set(new Date('2026-04-02T00:00:00Z'));
    expect((await k.runClose()).result).toBe('ok');
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from performance_cases`,
    );
    expect(row!.n).toBe(3);
  });

  it('INC-8: the superior’s 待办 names whose case, the month, the completion, how much short and by when', async () => {
    const todo = await section('sup_east1');
    expect(todo?.total).toBe(3);
    const item = todo!.items.find((i) => i.detail?.['zh-CN']?.startsWith('2026-03 完成率 20%'))!;
    expect(item.title['zh-CN']).toBe('约谈 赵磊');
    expect(item.detail?.['zh-CN']).toBe('2026-03 完成率 20%，连续 2 个月未达标（绩效考核）');
    expect(item.amountFen).toBe(yuan(80_000).toString());
    expect(item.dueAt).toBe('2026-04-09T15:59:59.999Z');
    for (const u of ['rep01', 'sup_east2', 'hr']) expect((await section(u))?.total ?? 0, u).toBe(0);
  });

  it('INC-8/ORG-5: the person and up their chain see a case, HR sees all; a peer or another team’s supervisor gets 404', async () => {
    const rep01 = (await caseOf('rep01', '2026-03'))!;
    expect((await casesOf('rep01')).map((c) => c.person.username)).toEqual(['rep01', 'rep01']);
    const own = await s.ok<TCase>('rep01', 'GET', `/api/performance-cases/${rep01.id}`);
    expect(own.can).toEqual({ interview: false, plan: false, decide: false, outcome: false });
    expect((await casesOf('sup_east1')).length).toBe(3);
    expect((await casesOf('manager_east')).length).toBe(3);
    expect((await casesOf('hr')).length).toBe(3);
    expect(await casesOf('sup_east2')).toEqual([]);
    expect(await casesOf('rep02', `&personId=${id.rep01}`)).toEqual([]);
    for (const u of ['rep02', 'sup_east2', 'rep07']) {
      expect((await s.call(u, 'GET', `/api/performance-cases/${rep01.id}`)).statusCode, u).toBe(404);
    }
    // Reading is not working: the person and HR may not record the interview.
    const body = { heldOn: '2026-04-02', notes: '约谈' };
    expect(
      (await s.call('rep01', 'POST', `/api/performance-cases/${rep01.id}/interview`, body)).statusCode,
    ).toBe(403);
    expect(
      (await s.call('hr', 'POST', `/api/performance-cases/${rep01.id}/interview`, body)).statusCode,
    ).toBe(403);
    expect(
      (await s.call('sup_east2', 'POST', `/api/performance-cases/${rep01.id}/interview`, body)).statusCode,
    ).toBe(404);
  });

  it('INC-8: interview → improvement plan → review decision approved up the chain, HR told → outcome closes the case', async () => {
    const c = (await caseOf('rep01', '2026-03'))!;
    const url = `/api/performance-cases/${c.id}`;
    const future = await s.call('sup_east1', 'POST', `${url}/interview`, {
      heldOn: '2026-04-09',
      notes: '约谈',
    });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['heldOn']);
    // Not yet at the plan step.
    const early = await s.call('sup_east1', 'POST', `${url}/plan`, {
      actions: [{ action: '拜访', ownerId: id.rep01, startOn: '2026-04-03', dueOn: '2026-04-30' }],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('PERF_CASE_WRONG_STEP');

    const interviewed = await s.ok<TCase>('sup_east1', 'POST', `${url}/interview`, {
      heldOn: '2026-04-02',
      notes: '两个月回款不足：重点客户付款推迟，新客户开发不够',
    });
    expect(interviewed).toMatchObject({ status: 'plan', interview: { heldOn: '2026-04-02' } });
    expect(interviewed.can.plan).toBe(true);
    // The interview's item closed; the plan is due in cases.planDays (5) working days from Thursday 2 April.
    const planItem = (await section('sup_east1'))!.items.find(
      (i) => i.link === `/performance-cases?id=${c.id}`,
    )!;
    expect(planItem.title['zh-CN']).toBe('商定改进计划：赵磊');
    expect(planItem.dueAt).toBe('2026-04-10T15:59:59.999Z');

    const badPlan = await s.call('sup_east1', 'POST', `${url}/plan`, {
      actions: [{ action: '拜访', ownerId: id.rep01, startOn: '2026-04-30', dueOn: '2026-04-03' }],
    });
    expect(badPlan.statusCode).toBe(400);
    expect(Object.keys(badPlan.json().error.fields)).toEqual(['actions.0.dueOn']);

    const planned = await s.ok<TCase>('sup_east1', 'POST', `${url}/plan`, {
      agreed: true,
      actions: [
        { action: '每周拜访三家重点客户', ownerId: id.rep01, startOn: '2026-04-03', dueOn: '2026-04-30' },
        { action: '陪同催收两笔逾期款', ownerId: id.sup_east1, startOn: '2026-04-03', dueOn: '2026-04-15' },
      ],
    });
    expect(planned.status).toBe('review');
    expect(planned.actions.map((a) => [a.seq, a.owner.username, a.dueOn])).toEqual([
      [1, 'rep01', '2026-04-30'],
      [2, 'sup_east1', '2026-04-15'],
    ]);
    expect(planned.can).toEqual({ interview: false, plan: false, decide: true, outcome: false });

    const proposed = await s.ok<TCase>('sup_east1', 'POST', `${url}/decision`, {
      decision: 'warning',
      reasons: '连续两个月未完成回款目标，约谈后仍无改善迹象',
    });
    expect(proposed.decision).toMatchObject({ decision: 'warning', status: 'pending' });
    const again = await s.call('sup_east1', 'POST', `${url}/decision`, {
      decision: 'no_action',
      reasons: '再次',
    });
    expect(again.statusCode).toBe(409);

    // 待办 of the first approver (the nearest sales manager) names whose case, the months, the figures, the decision.
    const todo = await s.ok<TTodo>('manager_east', 'GET', '/api/todo?limit=100');
    const approvals = todo.sections.flatMap((x) => x.items).filter((i) => i.subject === '赵磊');
    expect(approvals.map((i) => i.detail?.['zh-CN'])).toEqual([
      '第 1 / 2 步 · 申请人 马超 · 2026-02、2026-03 连续 2 个月未达标 · 本月完成率 20% · 建议：警告',
    ]);
    // Turned down, the decision is proposed again (a new round).
    await s.ok('manager_east', 'POST', `/api/approvals/${await requestOf(c.id)}/reject`, {
      comment: '请补充约谈后的改进情况',
    });
    const rejected = await s.ok<TCase>('sup_east1', 'GET', url);
    expect(rejected).toMatchObject({
      status: 'review',
      decision: { status: 'rejected' },
      can: { decide: true },
    });
    expect(
      (await section('sup_east1'))!.items.find((i) => i.link === `/performance-cases?id=${c.id}`)?.title[
        'zh-CN'
      ],
    ).toBe('提出绩效考核决定：赵磊');
    await s.ok('sup_east1', 'POST', `${url}/decision`, {
      decision: 'warning',
      reasons: '连续两个月未完成回款目标；改进计划执行两周，回款仍无进展',
    });
    const requestId = await requestOf(c.id);
    await s.ok('manager_east', 'POST', `/api/approvals/${requestId}/approve`, {});
    await s.ok('director', 'POST', `/api/approvals/${requestId}/approve`, {});

    const decided = await s.ok<TCase>('sup_east1', 'GET', url);
    expect(decided).toMatchObject({
      status: 'outcome',
      decision: { decision: 'warning', status: 'approved' },
    });
    const told = await queryRows<{ user_id: string; title_zh: string }>(
      t.database.db,
      sql`select user_id::text, title_zh from notifications where event = 'perf_case.decisionApproved' order by user_id`,
    );
    expect(told.map((n) => n.user_id).sort()).toEqual([id.hr, id.rep01].sort());
    expect(told[0]!.title_zh).toBe('绩效考核决定已批准：赵磊，警告（2026-02、2026-03 连续未达标）');

    const closed = await s.ok<TCase>('sup_east1', 'POST', `${url}/outcome`, {
      outcome: 'not_improved',
      notes: '给予书面警告，下月继续跟进',
    });
    expect(closed).toMatchObject({ status: 'closed', outcome: { outcome: 'not_improved' } });
    expect(closed.history.map((h) => h.action)).toEqual([
      'perfCase.open',
      'perfCase.interview',
      'perfCase.agreePlan',
      'perfCase.proposeDecision',
      'perfCase.submitDecision',
      'perfCase.rejectDecision',
      'perfCase.proposeDecision',
      'perfCase.submitDecision',
      'perfCase.approveDecision',
      'perfCase.close',
    ]);
    expect((await section('sup_east1'))?.items.some((i) => i.link === `/performance-cases?id=${c.id}`)).toBe(
      false,
    );
  });

  it('INC-8/ORG-5: HR exports the cases as a workbook, audited; a supervisor may not export', async () => {
    const res = await s.call('hr', 'GET', '/api/performance-cases/export?month=2026-03');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const [row] = await queryRows<{ after: { rows: number } }>(
      t.database.db,
      sql`select after from audit_log where action = 'performance_case.export' order by id desc limit 1`,
    );
    expect(row!.after.rows).toBe(2);
    expect((await s.call('sup_east1', 'GET', '/api/performance-cases/export')).statusCode).toBe(403);
  });

  it('INC-8: a one-month case goes from the plan to the outcome and takes no review decision', async () => {
    const c = (await caseOf('rep02', '2026-03'))!;
    const url = `/api/performance-cases/${c.id}`;
    await s.ok('sup_east1', 'POST', `${url}/interview`, { heldOn: '2026-04-02', notes: '约谈' });
    const planned = await s.ok<TCase>('sup_east1', 'POST', `${url}/plan`, {
      agreed: true,
      actions: [
        { action: '加快在手合同回款', ownerId: id.rep02, startOn: '2026-04-03', dueOn: '2026-04-30' },
      ],
    });
    expect(planned.status).toBe('outcome');
    const decide = await s.call('sup_east1', 'POST', `${url}/decision`, {
      decision: 'warning',
      reasons: '理由',
    });
    expect(decide.statusCode).toBe(422);
    expect(decide.json().error.code).toBe('PERF_CASE_NOT_REVIEW');
  });
});
