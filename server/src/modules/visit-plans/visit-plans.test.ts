import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import type { TTodo } from '../todo/index.js';
import type { TTeamPlanRow, TVisitPlan } from './schemas.js';
import { customerOf, sessions, setPolicyValue } from './test-kit.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
/** Customers of rep01 (a, b, c), of rep02 (d) and of rep04 in the other team (e). */
const c: Record<'a' | 'b' | 'c' | 'd' | 'e', string> = { a: '', b: '', c: '', d: '', e: '' };

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  c.a = await customerOf(t, 'rep01', '东方机床有限公司');
  c.b = await customerOf(t, 'rep01', '南湖电子有限公司');
  c.c = await customerOf(t, 'rep01', '西山建材有限公司');
  c.d = await customerOf(t, 'rep02', '北辰物流有限公司');
  c.e = await customerOf(t, 'rep04', '江南纺织有限公司');
});

const line = (customerId: string, plannedOn: string, plannedHours = '1.5', purpose = 'maintenance') => ({
  customerId,
  purpose,
  plannedOn,
  plannedHours,
  note: null,
});

async function newPlan(user: string, month = '2026-04'): Promise<TVisitPlan> {
  return s.ok<TVisitPlan>(user, 'POST', '/api/visit-plans', { month });
}

async function history(user: string, docType: string, docId: string) {
  return s.ok(user, 'GET', `/api/approvals/history?docType=${docType}&docId=${docId}`);
}

async function plannedVisits(planId: string) {
  return queryRows<{ line_id: string; status: string; planned_on: string; planned_minutes: number }>(
    t.database.db,
    sql`select v.plan_line_id::text as line_id, v.status, to_char(v.planned_on, 'YYYY-MM-DD') as planned_on,
          v.planned_minutes
        from visits v join visit_plan_lines l on l.id = v.plan_line_id
        where l.plan_id = ${planId}
        union all
        select v.plan_line_id::text, v.status, to_char(v.planned_on, 'YYYY-MM-DD'), v.planned_minutes
        from visits v where v.status = 'cancelled' and v.rep_id = (select rep_id from visit_plans where id = ${planId})
        order by 3, 1`,
  );
}

async function todoRow(user: string, source: string) {
  const todo = await s.ok<TTodo>(user, 'GET', '/api/todo');
  return todo.sections.find((x) => x.key === source)?.items ?? [];
}

describe('monthly visit plans (拜访计划表)', () => {
  let plan: TVisitPlan;

  it('VIS-1: a rep writes next month’s plan — due at the end of this month, one plan per rep and month, hours kept as minutes', async () => {
    const mine = await s.ok('rep01', 'GET', '/api/visit-plans/mine');
    // 2 March 2026 on the company clock: next month is April, due by the end of 31 March (Shanghai).
    expect(mine).toMatchObject({
      month: '2026-04',
      dueAt: '2026-03-31T16:00:00.000Z',
      plan: null,
      canCreate: true,
    });
    plan = await newPlan('rep01');
    expect(plan).toMatchObject({
      month: '2026-04',
      status: 'draft',
      lineCount: 0,
      canEdit: true,
      canSubmit: false,
    });
    const again = await s.call('rep01', 'POST', '/api/visit-plans', { month: '2026-04' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VISIT_PLAN_EXISTS');
    const past = await s.call('rep01', 'POST', '/api/visit-plans', { month: '2026-02' });
    expect(past.json().error.code).toBe('VISIT_PLAN_MONTH_PAST');

    plan = await s.ok<TVisitPlan>('rep01', 'PUT', `/api/visit-plans/${plan.id}/lines`, {
      lines: [line(c.a, '2026-04-08', '1.5'), line(c.b, '2026-04-08', '2', 'collect_payment')],
    });
    expect(plan).toMatchObject({ lineCount: 2, plannedMinutes: 210, customerCount: 2, canSubmit: true });
    expect(plan.lines.map((l) => [l.customer.name, l.plannedOn, l.plannedMinutes, l.purpose])).toEqual([
      ['东方机床有限公司', '2026-04-08', 90, 'maintenance'],
      ['南湖电子有限公司', '2026-04-08', 120, 'collect_payment'],
    ]);
    const [stored] = await queryRows<{ minutes: string }>(
      t.database.db,
      sql`select string_agg(planned_minutes::text, ',' order by position) as minutes from visit_plan_lines where plan_id = ${plan.id}`,
    );
    expect(stored?.minutes).toBe('90,120');
    expect((await s.ok('rep01', 'GET', '/api/visit-plans/mine')).plan.id).toBe(plan.id);
  });

  it('VIS-1/VIS-3: hours take at most one decimal; dates must fall in the month, customers be the rep’s own, purposes allowed by policy — each on its field, in zh-CN and en', async () => {
    const other = await newPlan('rep03');
    for (const hours of ['1.25', '0', '25', 'abc', '-1']) {
      const res = await s.call('rep03', 'PUT', `/api/visit-plans/${other.id}/lines`, {
        lines: [line(c.a, '2026-04-08', hours)],
      });
      expect(res.statusCode, hours).toBe(400);
      expect(Object.keys(res.json().error.fields), hours).toEqual(['lines.0.plannedHours']);
      expect(res.json().error.fields['lines.0.plannedHours']).toBe(
        '时数为 0.1–24 小时，最多一位小数（如 1.5）',
      );
    }
    const badMonth = await s.call('rep03', 'POST', '/api/visit-plans', { month: '2026-13' });
    expect(badMonth.json().error.fields).toEqual({ month: '月份格式应为 YYYY-MM（2000–2100 年）' });

    await setPolicyValue(t, 'visit.purposes', ['maintenance', 'collect_payment']);
    const rep03Customer = await customerOf(t, 'rep03', '东湖酒店有限公司');
    const body = {
      lines: [
        line(rep03Customer, '2026-05-01'),
        line(c.a, '2026-04-09'),
        line(rep03Customer, '2026-04-10', '1', 'coverage'),
      ],
    };
    const res = await s.call('rep03', 'PUT', `/api/visit-plans/${other.id}/lines`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: {
        'lines.0.plannedOn': '日期须在计划月份 2026-04 内',
        'lines.1.customerId': '只能安排您负责或协作的客户',
        'lines.2.purpose': '该拜访目的当前不可选',
      },
    });
    const en = await s.call('rep03', 'PUT', `/api/visit-plans/${other.id}/lines`, body, 'en');
    expect(en.json().error.fields['lines.1.customerId']).toBe('Only customers you look after can be planned');
    await setPolicyValue(t, 'visit.purposes', [
      'market_research',
      'competitor_info',
      'maintenance',
      'collect_payment',
      'new_customer',
      'new_product',
      'coverage',
    ]);
    // Nothing was saved; an empty plan is not submitted.
    const empty = await s.call('rep03', 'POST', `/api/visit-plans/${other.id}/submit`);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error).toMatchObject({
      code: 'VISIT_PLAN_EMPTY',
      message: '拜访计划表至少要有一条拜访安排才能提交',
    });
  });

  it('VIS-2/ORG-3: the plan goes to the direct superior only — the superior’s superior and a peer supervisor cannot approve; 待办 shows the rep, month, lines and hours', async () => {
    const submitted = await s.ok<TVisitPlan>('rep01', 'POST', `/api/visit-plans/${plan.id}/submit`);
    expect(submitted).toMatchObject({ status: 'submitted', canEdit: false, canSubmit: false });
    const locked = await s.call('rep01', 'PUT', `/api/visit-plans/${plan.id}/lines`, { lines: [] });
    expect(locked.json().error.code).toBe('VISIT_PLAN_NOT_EDITABLE');

    const h = await history('rep01', 'visit_plan', plan.id);
    expect(h.rounds[0].steps.map((x: { approver: { username: string } }) => x.approver.username)).toEqual([
      'sup_east1',
    ]);
    const waiting = (await todoRow('sup_east1', 'approvals.waiting')).find(
      (r) => r.link === `/visit-plans/${plan.id}`,
    );
    expect(waiting).toMatchObject({
      title: { 'zh-CN': '审批拜访计划表：2026-04 · 赵磊' },
      subject: '赵磊',
      detail: {
        'zh-CN': expect.stringContaining('2026-04 · 2 条拜访 · 预定 3.5 小时'),
        en: expect.stringContaining('2026-04 · 2 visits · 3.5 h planned'),
      },
    });

    const skip = await s.call('manager_east', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    expect(skip.statusCode).toBe(403);
    expect(skip.json().error.code).toBe('APPROVAL_NOT_CURRENT_APPROVER');
    const peer = await s.call('sup_east2', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    expect(peer.statusCode).toBe(404);
    expect((await s.ok<TVisitPlan>('rep01', 'GET', `/api/visit-plans/${plan.id}`)).status).toBe('submitted');
    expect(await plannedVisits(plan.id)).toEqual([]);

    await s.ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, { comment: '同意' });
    plan = await s.ok<TVisitPlan>('rep01', 'GET', `/api/visit-plans/${plan.id}`);
    expect(plan).toMatchObject({ status: 'approved', canEdit: false, canProposeChange: true });
    // VIS-1 → VIS-4: each approved line is now a planned visit.
    expect(
      (await plannedVisits(plan.id)).map((v) => [v.line_id, v.status, v.planned_on, v.planned_minutes]),
    ).toEqual(
      [
        [plan.lines[0]!.id, 'planned', '2026-04-08', 90],
        [plan.lines[1]!.id, 'planned', '2026-04-08', 120],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });

  it('VIS-2: rejected, the rep revises the plan and submits it again (a new round)', async () => {
    let p = await newPlan('rep02');
    p = await s.ok<TVisitPlan>('rep02', 'PUT', `/api/visit-plans/${p.id}/lines`, {
      lines: [line(c.d, '2026-04-03', '3')],
    });
    await s.ok('rep02', 'POST', `/api/visit-plans/${p.id}/submit`);
    const h = await history('rep02', 'visit_plan', p.id);
    await s.ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/reject`, {
      comment: '拜访太少，请补充',
    });
    p = await s.ok<TVisitPlan>('rep02', 'GET', `/api/visit-plans/${p.id}`);
    expect(p).toMatchObject({ status: 'rejected', canEdit: true, canSubmit: true });
    // VIS-1: it must be submitted again — back in the rep's 待办.
    const todo = await todoRow('rep02', 'visitPlans.toSubmit');
    expect(todo.map((r) => [r.title['zh-CN'], r.detail?.['zh-CN'], r.link])).toEqual([
      ['提交 2026-04 拜访计划表', '已驳回，请修改后重新提交', '/visit-plans?month=2026-04'],
    ]);

    p = await s.ok<TVisitPlan>('rep02', 'PUT', `/api/visit-plans/${p.id}/lines`, {
      lines: [line(c.d, '2026-04-03', '3'), line(c.d, '2026-04-17', '2.5', 'new_product')],
    });
    expect(p).toMatchObject({ status: 'draft', lineCount: 2, plannedMinutes: 330 });
    await s.ok('rep02', 'POST', `/api/visit-plans/${p.id}/submit`);
    const again = await history('rep02', 'visit_plan', p.id);
    expect(again.rounds.map((r: { status: string }) => r.status)).toEqual(['pending', 'rejected']);
    expect(await todoRow('rep02', 'visitPlans.toSubmit')).toEqual([]);
    await s.ok('sup_east1', 'POST', `/api/approvals/${again.latestRequestId}/approve`, {});
    expect((await s.ok<TVisitPlan>('rep02', 'GET', `/api/visit-plans/${p.id}`)).status).toBe('approved');
  });

  it('VIS-2: a change of an approved plan — rejected leaves the plan; approved replaces the lines (kept lines keep their ids), moves and cancels the planned visits', async () => {
    const [kept, dropped] = plan.lines as [TVisitPlan['lines'][number], TVisitPlan['lines'][number]];
    const proposal = {
      reason: '客户要求改期，并新增一家客户',
      lines: [
        { ...line(c.a, '2026-04-15', '1'), id: kept.id },
        line(c.c, '2026-04-20', '0.5', 'new_product'),
      ],
    };
    let p = await s.ok<TVisitPlan>('rep01', 'POST', `/api/visit-plans/${plan.id}/changes`, proposal);
    expect(p.changes[0]).toMatchObject({ status: 'pending', reason: proposal.reason });
    expect(p.canProposeChange).toBe(false);
    const twice = await s.call('rep01', 'POST', `/api/visit-plans/${plan.id}/changes`, proposal);
    expect(twice.json().error.code).toBe('VISIT_PLAN_CHANGE_PENDING');
    const changeId = p.changes[0]!.id;
    const waiting = (await todoRow('sup_east1', 'approvals.waiting')).find((r) => r.link?.includes(changeId));
    expect(waiting).toMatchObject({
      title: { 'zh-CN': '审批拜访计划变更：2026-04 · 赵磊' },
      subject: '赵磊',
      detail: { 'zh-CN': expect.stringContaining('2026-04 · 变更为 2 条 · 客户要求改期，并新增一家客户') },
    });
    const h1 = await history('rep01', 'visit_plan_change', changeId);
    expect(h1.rounds[0].steps[0].approver.username).toBe('sup_east1');
    await s.ok('sup_east1', 'POST', `/api/approvals/${h1.latestRequestId}/reject`, { comment: '不必改' });
    p = await s.ok<TVisitPlan>('rep01', 'GET', `/api/visit-plans/${plan.id}`);
    expect(p.changes[0]!.status).toBe('rejected');
    expect(p.lines.map((l) => [l.id, l.plannedOn])).toEqual(plan.lines.map((l) => [l.id, l.plannedOn]));

    t.clock.advance(60_000);
    p = await s.ok<TVisitPlan>('rep01', 'POST', `/api/visit-plans/${plan.id}/changes`, proposal);
    const h2 = await history('rep01', 'visit_plan_change', p.changes[0]!.id);
    await s.ok('sup_east1', 'POST', `/api/approvals/${h2.latestRequestId}/approve`, {});
    p = await s.ok<TVisitPlan>('rep01', 'GET', `/api/visit-plans/${plan.id}`);
    expect(p.status).toBe('approved');
    expect(p.changes.map((x) => x.status)).toEqual(['approved', 'rejected']);
    expect(p.lines.map((l) => [l.customer.name, l.plannedOn, l.plannedMinutes])).toEqual([
      ['东方机床有限公司', '2026-04-15', 60],
      ['西山建材有限公司', '2026-04-20', 30],
    ]);
    expect(p.lines[0]!.id).toBe(kept.id);
    const added = p.lines[1]!.id;
    const visits = await plannedVisits(plan.id);
    expect(visits.map((v) => [v.line_id, v.status, v.planned_on])).toEqual([
      [dropped.id, 'cancelled', '2026-04-08'],
      [kept.id, 'planned', '2026-04-15'],
      [added, 'planned', '2026-04-20'],
    ]);
    plan = p;
  });

  it('ORG-5: a rep reads only their own plans, a supervisor their reps’, others get 404; nobody writes another’s plan', async () => {
    expect((await s.call('rep02', 'GET', `/api/visit-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await s.call('sup_east2', 'GET', `/api/visit-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await s.call('rep04', 'GET', `/api/visit-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await s.ok<TVisitPlan>('sup_east1', 'GET', `/api/visit-plans/${plan.id}`)).rep.username).toBe(
      'rep01',
    );
    expect(
      (await s.ok<TVisitPlan>('manager_east', 'GET', `/api/visit-plans/${plan.id}`)).canProposeChange,
    ).toBe(false);
    const mine = await s.ok<{ items: { rep: { username: string } }[] }>('rep01', 'GET', '/api/visit-plans');
    expect(new Set(mine.items.map((i) => i.rep.username))).toEqual(new Set(['rep01']));
    const team = await s.ok<{ items: { rep: { username: string } }[] }>(
      'sup_east1',
      'GET',
      '/api/visit-plans?month=2026-04&sort=rep&order=asc',
    );
    expect(team.items.map((i) => i.rep.username).sort()).toEqual(['rep01', 'rep02', 'rep03']);
    expect(
      (await s.ok<{ items: unknown[] }>('sup_east2', 'GET', '/api/visit-plans?month=2026-04')).items,
    ).toEqual([]);
    const filtered = await s.ok<{ items: { status: string }[]; total: number }>(
      'manager_east',
      'GET',
      '/api/visit-plans?status=approved',
    );
    expect(filtered.total).toBe(2);
    for (const [user, body] of [
      ['rep02', { lines: [] }],
      ['sup_east1', { lines: [] }],
    ] as const) {
      expect((await s.call(user, 'PUT', `/api/visit-plans/${plan.id}/lines`, body)).statusCode).toBe(404);
      expect((await s.call(user, 'POST', `/api/visit-plans/${plan.id}/submit`)).statusCode).toBe(404);
    }
  });

  it('VIS-2: the supervisor sees the team’s plans for the month side by side, a rep with none as not submitted', async () => {
    const team = await s.ok<{ month: string; items: TTeamPlanRow[]; total: number }>(
      'sup_east1',
      'GET',
      '/api/visit-plans/team?month=2026-04',
    );
    expect(team.month).toBe('2026-04');
    expect(team.items.map((r) => [r.rep.username, r.plan?.status ?? null, r.plan?.lineCount ?? 0])).toEqual([
      ['rep01', 'approved', 2],
      ['rep02', 'approved', 2],
      ['rep03', 'draft', 0],
    ]);
    const rep01 = team.items[0]!;
    expect(rep01.plan).toMatchObject({ plannedMinutes: 90, customerCount: 2 });
    expect(rep01.days.map((d) => [d.date, d.lines.map((l) => l.customer.name)])).toEqual([
      ['2026-04-15', ['东方机床有限公司']],
      ['2026-04-20', ['西山建材有限公司']],
    ]);
    // The other team: nobody has a plan for April — each listed, without one.
    const other = await s.ok<{ items: TTeamPlanRow[] }>(
      'sup_east2',
      'GET',
      '/api/visit-plans/team?month=2026-04',
    );
    expect(other.items.map((r) => [r.rep.username, r.plan])).toEqual([
      ['rep04', null],
      ['rep05', null],
      ['rep06', null],
    ]);
    const manager = await s.ok<{ total: number }>(
      'manager_east',
      'GET',
      '/api/visit-plans/team?month=2026-04',
    );
    expect(manager.total).toBe(6);
    expect((await s.call('rep01', 'GET', '/api/visit-plans/team')).statusCode).toBe(200);
  });

  it('ORG-5: the export holds the plans’ lines in the reader’s scope, audited', async () => {
    const res = await s.call('sup_east1', 'GET', '/api/visit-plans/export?month=2026-04');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="visit_plan-2026-03-02\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.slice(0, 8)).toEqual([
      '月份',
      '销售代表',
      '所属组织',
      '计划状态',
      '拜访日期',
      '客户',
      '拜访目的',
      '预定停留时数',
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['赵磊', '2026-04-15', '东方机床有限公司', '客户维护', 1],
      ['赵磊', '2026-04-20', '西山建材有限公司', '新产品介绍', 0.5],
      ['钱芳', '2026-04-03', '北辰物流有限公司', '客户维护', 3],
      ['钱芳', '2026-04-17', '北辰物流有限公司', '新产品介绍', 2.5],
    ]);
    const fromOther = await s.call('sup_east2', 'GET', '/api/visit-plans/export?month=2026-04');
    let others = 0;
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(fromOther.rawPayload as unknown as ExcelJS.Buffer);
    wb2.worksheets[0]?.eachRow(() => {
      others += 1;
    });
    expect(others).toBe(1);
    const log = await s.ok('admin', 'GET', '/api/audit?action=visit_plan.export');
    expect(log.items[0]).toMatchObject({ after: { rows: 0, filters: { month: '2026-04' } } });
    expect(log.items[1]).toMatchObject({ after: { rows: 4 } });
  });
});
