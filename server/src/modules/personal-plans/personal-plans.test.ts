import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { TTodo } from '../todo/index.js';
import type { TPersonalPlan, TTeamPlanRow } from './schemas.js';
import { approvedTargets, customerOf, opportunityOf, sessions } from './test-kit.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
/** rep01's customers a, b; rep02's d. rep01's open opportunity o1, won o2; rep02's o3. */
const c = { a: '', b: '', d: '' };
const o = { o1: '', o2: '', o3: '' };

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  c.a = await customerOf(t, 'rep01', '东方机床有限公司');
  c.b = await customerOf(t, 'rep01', '南湖电子有限公司');
  c.d = await customerOf(t, 'rep02', '北辰物流有限公司');
  o.o1 = await opportunityOf(t, 'rep01', c.a, { name: '东方机床二期设备', amountFen: 15_000_000n });
  o.o2 = await opportunityOf(t, 'rep01', c.b, { name: '南湖电子配件', amountFen: 2_000_000n, stage: 'won' });
  o.o3 = await opportunityOf(t, 'rep02', c.d, { name: '北辰物流仓储', amountFen: 9_000_000n });
  await approvedTargets(t, 'signed_amount', [
    { username: 'rep01', period: '2026-04', value: 30_000_000n },
    { username: 'rep01', period: '2026', value: 400_000_000n },
  ]);
  await approvedTargets(t, 'collected_amount', [
    { username: 'rep01', period: '2026-04', value: 25_000_000n },
  ]);
  // rep01's visit plan for April (拜访计划表): two visits, 3.5 hours.
  const vp = await s.ok('rep01', 'POST', '/api/visit-plans', { month: '2026-04' });
  await s.ok('rep01', 'PUT', `/api/visit-plans/${vp.id}/lines`, {
    lines: [
      { customerId: c.a, purpose: 'maintenance', plannedOn: '2026-04-08', plannedHours: '1.5' },
      { customerId: c.b, purpose: 'collect_payment', plannedOn: '2026-04-09', plannedHours: '2' },
    ],
  });
});

async function history(user: string, docId: string) {
  return s.ok(user, 'GET', `/api/approvals/history?docType=personal_plan&docId=${docId}`);
}

async function todoRows(user: string, key: string) {
  const todo = await s.ok<TTodo>(user, 'GET', '/api/todo');
  return todo.sections.find((x) => x.key === key)?.items ?? [];
}

const items = () => [
  { kind: 'customer', refId: c.a, note: '续签年度维保', expectedFen: '10000000' },
  { kind: 'opportunity', refId: o.o1, note: null, expectedFen: '15000000' },
  { kind: 'action', refId: null, note: '参加华东机床展，收集 20 条线索', expectedFen: null },
];

describe('personal sales plans (年度/月销售计划表)', () => {
  let plan: TPersonalPlan;

  it('PLAN-4: a rep’s monthly plan shows their targets in force (read, not typed) and the visits planned that month', async () => {
    const mine = await s.ok('rep01', 'GET', '/api/personal-plans/mine');
    // 2 March 2026: next month is April, due by the end of 31 March (Shanghai).
    expect(mine).toMatchObject({
      period: '2026-04',
      kind: 'monthly',
      dueAt: '2026-03-31T16:00:00.000Z',
      plan: null,
      canCreate: true,
      targets: [
        { metric: 'signed_amount', value: '30000000' },
        { metric: 'collected_amount', value: '25000000' },
        { metric: 'volume', value: null },
        { metric: 'new_customers', value: null },
      ],
    });
    plan = await s.ok<TPersonalPlan>('rep01', 'POST', '/api/personal-plans', { period: '2026-04' });
    expect(plan).toMatchObject({
      kind: 'monthly',
      period: '2026-04',
      version: 1,
      status: 'draft',
      canEdit: true,
      canSubmit: false,
      targets: mine.targets,
      visits: {
        month: '2026-04',
        status: 'draft',
        lineCount: 2,
        plannedMinutes: 210,
        link: '/visit-plans?month=2026-04',
      },
    });
    const again = await s.call('rep01', 'POST', '/api/personal-plans', { period: '2026-04' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PERSONAL_PLAN_EXISTS');
    const past = await s.call('rep01', 'POST', '/api/personal-plans', { period: '2026-02' });
    expect(past.json().error.code).toBe('PERSONAL_PLAN_PERIOD_PAST');
    const bad = await s.call('rep01', 'POST', '/api/personal-plans', { period: '2026-13' });
    expect(bad.json().error.fields).toEqual({
      period: '期间格式应为 YYYY（全年）或 YYYY-MM（某月），2000–2100 年',
    });
    // An empty plan does not go for approval.
    const empty = await s.call('rep01', 'POST', `/api/personal-plans/${plan.id}/submit`);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.code).toBe('PERSONAL_PLAN_EMPTY');
  });

  it('PLAN-4: how the targets will be reached — their own customers, their open opportunities, actions; each problem on its field', async () => {
    const wrong = await s.call('rep01', 'PUT', `/api/personal-plans/${plan.id}`, {
      approach: '',
      items: [
        { kind: 'customer', refId: c.d, expectedFen: '100' },
        { kind: 'opportunity', refId: o.o2 },
        { kind: 'action', note: ' ' },
        { kind: 'opportunity', refId: o.o3 },
        { kind: 'customer', expectedFen: '1.5' },
      ],
    });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['items.4.expectedFen']);
    const rules = await s.call('rep01', 'PUT', `/api/personal-plans/${plan.id}`, {
      items: [
        { kind: 'customer', refId: c.d, expectedFen: '100' },
        { kind: 'opportunity', refId: o.o2 },
        { kind: 'action', note: ' ' },
        { kind: 'opportunity', refId: o.o3 },
        { kind: 'customer' },
      ],
    });
    expect(rules.json().error.fields).toEqual({
      'items.0.refId': '只能选择您负责的客户',
      'items.1.refId': '只能选择您负责的进行中商机',
      'items.2.note': '请写明行动内容',
      'items.3.refId': '只能选择您负责的进行中商机',
      'items.4.refId': '请选择',
    });

    plan = await s.ok<TPersonalPlan>('rep01', 'PUT', `/api/personal-plans/${plan.id}`, {
      approach: '以老客户续约为主，主攻二期设备项目',
      items: items(),
    });
    expect(plan).toMatchObject({ itemCount: 3, expectedTotalFen: '25000000', canSubmit: true });
    expect(
      plan.items.map((i) => [i.kind, i.ref?.name ?? null, i.ref?.customerName ?? null, i.expectedFen]),
    ).toEqual([
      ['customer', '东方机床有限公司', null, '10000000'],
      ['opportunity', '东方机床二期设备', '东方机床有限公司', '15000000'],
      ['action', null, null, null],
    ]);

    const customers = await s.ok('rep01', 'GET', '/api/personal-plans/choices?kind=customer');
    expect(customers.items.map((x: { name: string }) => x.name)).toEqual([
      '东方机床有限公司',
      '南湖电子有限公司',
    ]);
    const opps = await s.ok('rep01', 'GET', '/api/personal-plans/choices?kind=opportunity&q=东方');
    expect(opps.items).toEqual([
      {
        id: o.o1,
        name: '东方机床二期设备',
        customerName: '东方机床有限公司',
        stage: 'negotiation',
        amountFen: '15000000',
      },
    ]);
  });

  it('PLAN-4/ORG-3: submitted, the plan goes to the direct superior only — not the superior’s superior, not a peer; 待办 says whose, which and how much', async () => {
    const submitted = await s.ok<TPersonalPlan>('rep01', 'POST', `/api/personal-plans/${plan.id}/submit`);
    expect(submitted).toMatchObject({ status: 'submitted', canEdit: false, canSubmit: false });
    const locked = await s.call('rep01', 'PUT', `/api/personal-plans/${plan.id}`, { items: [] });
    expect(locked.json().error.code).toBe('PERSONAL_PLAN_NOT_EDITABLE');

    const h = await history('rep01', plan.id);
    expect(h.rounds[0].steps.map((x: { approver: { username: string } }) => x.approver.username)).toEqual([
      'sup_east1',
    ]);
    const waiting = (await todoRows('sup_east1', 'approvals.waiting')).find(
      (r) => r.link === `/personal-plans/${plan.id}`,
    );
    expect(waiting).toMatchObject({
      subject: '赵磊',
      detail: {
        'zh-CN': expect.stringContaining('2026-04 月销售计划表 v1 · 3 项 · 预计 ¥250,000.00'),
        en: expect.stringContaining('Monthly plan 2026-04 v1 · 3 items · expected ¥250,000.00'),
      },
    });
    const skip = await s.call('manager_east', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    expect(skip.statusCode).toBe(403);
    expect(skip.json().error.code).toBe('APPROVAL_NOT_CURRENT_APPROVER');
    const peer = await s.call('sup_east2', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    expect(peer.statusCode).toBe(404);
    expect((await s.ok<TPersonalPlan>('rep01', 'GET', `/api/personal-plans/${plan.id}`)).status).toBe(
      'submitted',
    );

    await s.ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, { comment: '同意' });
    plan = await s.ok<TPersonalPlan>('rep01', 'GET', `/api/personal-plans/${plan.id}`);
    expect(plan).toMatchObject({ status: 'approved', canEdit: false, canRevise: true });
    expect((await s.ok<TPersonalPlan>('sup_east1', 'GET', `/api/personal-plans/${plan.id}`)).canRevise).toBe(
      false,
    );
  });

  it('PLAN-4: a change after approval is a new version with its reason (revisePersonalPlan); approved, it supersedes v1', async () => {
    const blank = await s.call('rep01', 'POST', `/api/personal-plans/${plan.id}/revise`, {
      changeReason: '',
    });
    expect(Object.keys(blank.json().error.fields)).toEqual(['changeReason']);
    let v2 = await s.ok<TPersonalPlan>('rep01', 'POST', `/api/personal-plans/${plan.id}/revise`, {
      changeReason: '二期项目推迟到五月',
    });
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      changeReason: '二期项目推迟到五月',
      itemCount: 3,
    });
    expect((await s.ok<TPersonalPlan>('rep01', 'GET', `/api/personal-plans/${plan.id}`)).canRevise).toBe(
      false,
    );
    v2 = await s.ok<TPersonalPlan>('rep01', 'PUT', `/api/personal-plans/${v2.id}`, {
      approach: '以老客户续约为主',
      items: [items()[0], items()[2]],
    });
    await s.ok('rep01', 'POST', `/api/personal-plans/${v2.id}/submit`);
    // Under review, v1 stays in force.
    expect((await s.ok<TPersonalPlan>('rep01', 'GET', `/api/personal-plans/${plan.id}`)).status).toBe(
      'approved',
    );
    const h = await history('rep01', v2.id);
    await s.ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    v2 = await s.ok<TPersonalPlan>('rep01', 'GET', `/api/personal-plans/${v2.id}`);
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect((await s.ok('rep01', 'GET', '/api/personal-plans/mine?period=2026-04')).plan.id).toBe(v2.id);
  });

  it('PLAN-4: rejected, the plan is back in the rep’s 待办 to be revised and submitted again', async () => {
    let p = await s.ok<TPersonalPlan>('rep02', 'POST', '/api/personal-plans', { period: '2026-04' });
    p = await s.ok<TPersonalPlan>('rep02', 'PUT', `/api/personal-plans/${p.id}`, {
      approach: '跟进北辰物流仓储项目',
      items: [{ kind: 'opportunity', refId: o.o3, expectedFen: '9000000' }],
    });
    await s.ok('rep02', 'POST', `/api/personal-plans/${p.id}/submit`);
    const h = await history('rep02', p.id);
    await s.ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/reject`, {
      comment: '目标缺口太大，请补充客户',
    });
    p = await s.ok<TPersonalPlan>('rep02', 'GET', `/api/personal-plans/${p.id}`);
    expect(p).toMatchObject({ status: 'rejected', canEdit: true, canSubmit: true });
    const todo = await todoRows('rep02', 'personalPlans.toSubmit');
    expect(todo.map((r) => [r.title['zh-CN'], r.detail?.['zh-CN'], r.link])).toEqual([
      ['提交 2026-04 月销售计划表', '已驳回，请修改后重新提交', '/personal-plans?period=2026-04'],
    ]);
  });

  it('PLAN-4: the annual plan (年度销售计划表) shows the year’s targets; no visits line', async () => {
    const annual = await s.ok<TPersonalPlan>('rep01', 'POST', '/api/personal-plans', { period: '2026' });
    expect(annual).toMatchObject({ kind: 'annual', period: '2026', visits: null });
    expect(annual.targets[0]).toEqual({ metric: 'signed_amount', value: '400000000' });
    // 15 January (policy plan.annualPlanDue) has passed: due then, late now.
    expect(annual.dueAt).toBe('2026-01-15T16:00:00.000Z');
  });

  it('PLAN-4: the supervisor’s team view lists everyone who must plan, missing plans flagged', async () => {
    const team = await s.ok<{ period: string; kind: string; items: TTeamPlanRow[] }>(
      'sup_east1',
      'GET',
      '/api/personal-plans/team?period=2026-04',
    );
    expect(team).toMatchObject({ period: '2026-04', kind: 'monthly' });
    expect(
      team.items.map((r) => [
        r.rep.username,
        r.plan?.status ?? null,
        r.plan?.version ?? null,
        r.missing,
        r.overdue,
      ]),
    ).toEqual([
      ['rep01', 'approved', 2, false, false],
      ['rep02', 'rejected', 1, true, false],
      ['rep03', null, null, true, false],
    ]);
    const other = await s.ok<{ items: TTeamPlanRow[] }>(
      'sup_east2',
      'GET',
      '/api/personal-plans/team?period=2026-04',
    );
    expect(other.items.map((r) => [r.rep.username, r.missing])).toEqual([
      ['rep04', true],
      ['rep05', true],
      ['rep06', true],
    ]);
    expect((await s.ok('manager_east', 'GET', '/api/personal-plans/team?period=2026-04')).total).toBe(6);
    const annual = await s.ok<{ items: TTeamPlanRow[] }>(
      'sup_east1',
      'GET',
      '/api/personal-plans/team?period=2026',
    );
    expect(annual.items.map((r) => [r.rep.username, r.plan?.status ?? null, r.overdue])).toEqual([
      ['rep01', 'draft', true],
      ['rep02', null, true],
      ['rep03', null, true],
    ]);
  });

  it('ORG-5: a rep reads only their own plans, a supervisor their reps’, others get 404; nobody writes another’s plan', async () => {
    expect((await s.call('rep02', 'GET', `/api/personal-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await s.call('sup_east2', 'GET', `/api/personal-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await s.call('rep07', 'GET', `/api/personal-plans/${plan.id}`)).statusCode).toBe(404);
    expect(
      (await s.ok<TPersonalPlan>('manager_east', 'GET', `/api/personal-plans/${plan.id}`)).rep.username,
    ).toBe('rep01');
    const mine = await s.ok<{ items: { rep: { username: string } }[] }>(
      'rep01',
      'GET',
      '/api/personal-plans',
    );
    expect(new Set(mine.items.map((i) => i.rep.username))).toEqual(new Set(['rep01']));
    const team = await s.ok<{ total: number }>('sup_east1', 'GET', '/api/personal-plans?period=2026-04');
    expect(team.total).toBe(3);
    for (const user of ['rep02', 'sup_east1']) {
      expect((await s.call(user, 'PUT', `/api/personal-plans/${plan.id}`, { items: [] })).statusCode).toBe(
        404,
      );
      expect((await s.call(user, 'POST', `/api/personal-plans/${plan.id}/submit`)).statusCode).toBe(404);
      expect(
        (await s.call(user, 'POST', `/api/personal-plans/${plan.id}/revise`, { changeReason: 'x' }))
          .statusCode,
      ).toBe(404);
    }
  });
});
