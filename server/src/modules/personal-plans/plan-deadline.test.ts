import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import type { TTodo } from '../todo/index.js';
import { ANNUAL_DUE_KIND, MONTHLY_DUE_KIND } from './due-items.js';
import { personalPlanDueJob } from './job.js';
import type { TPersonalPlan, TTeamPlanRow } from './schemas.js';
import { sessions, setPolicyValue } from './test-kit.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
});

/** The daily plan run, then the deadline engine's run (which fires the ladders), at the clock's time. */
async function runJobs() {
  const outcome = await executeJob(t.database.db, t.clock, personalPlanDueJob, t.clock.now(), 'test');
  expect(outcome.result).toBe('ok');
  await executeJob(t.database.db, t.clock, deadlineJob, t.clock.now(), 'test');
}

async function noticesOf(username: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, await t.userId(username)));
}

async function itemOf(username: string, period: string) {
  const [item] = await t.database.db
    .select()
    .from(dueItems)
    .where(
      and(
        inArray(dueItems.kind, [ANNUAL_DUE_KIND, MONTHLY_DUE_KIND]),
        eq(dueItems.subjectId, `${await t.userId(username)}:${period}`),
      ),
    );
  return item;
}

async function team(user: string, period: string) {
  return (await s.ok<{ items: TTeamPlanRow[] }>(user, 'GET', `/api/personal-plans/team?period=${period}`))
    .items;
}

async function writeAndSubmit(user: string, period: string) {
  const plan = await s.ok<TPersonalPlan>(user, 'POST', '/api/personal-plans', { period });
  await s.ok(user, 'PUT', `/api/personal-plans/${plan.id}`, { approach: '巩固老客户，开发两家新客户' });
  return s.ok<TPersonalPlan>(user, 'POST', `/api/personal-plans/${plan.id}/submit`);
}

describe('PLAN-4: personal plan deadlines', () => {
  it('PLAN-4: a rep without next month’s plan gets a due item and a 待办 row; overdue at the policy day, the superior told, the team view flags it', async () => {
    // 2 March 2026, 09:00 in Shanghai: the window for April's plans is open.
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    await runJobs();
    const item = await itemOf('rep02', '2026-04');
    expect(item).toMatchObject({
      kind: MONTHLY_DUE_KIND,
      status: 'open',
      dueAt: new Date('2026-03-31T16:00:00Z'),
      rule: expect.objectContaining({ period: '2026-04', dueDate: '2026-03-31' }),
    });
    // Only those who must plan (scope own): the reps, not their supervisor. No annual item after January.
    expect(await itemOf('sup_east1', '2026-04')).toBeUndefined();
    expect(await itemOf('rep02', '2026')).toBeUndefined();
    const todo = await s.ok<TTodo>('rep02', 'GET', '/api/todo');
    expect(todo.sections.find((x) => x.key === 'personalPlans.toSubmit')?.items).toEqual([
      expect.objectContaining({
        title: { 'zh-CN': '提交 2026-04 月销售计划表', en: 'Submit the monthly sales plan for 2026-04' },
        overdue: false,
        link: '/personal-plans?period=2026-04',
        detail: { 'zh-CN': '尚未编写', en: 'Not started' },
      }),
    ]);
    // Running again opens nothing twice: one item per rep (12 reps).
    await runJobs();
    expect(
      (await t.database.db.select().from(dueItems).where(eq(dueItems.kind, MONTHLY_DUE_KIND))).length,
    ).toBe(12);

    // rep01 submits in time: the item closes.
    await writeAndSubmit('rep01', '2026-04');
    expect((await itemOf('rep01', '2026-04'))?.status).toBe('closed');
    expect((await team('sup_east1', '2026-04')).map((r) => [r.rep.username, r.missing, r.overdue])).toEqual([
      ['rep01', false, false],
      ['rep02', true, false],
      ['rep03', true, false],
    ]);

    // 1 April, 00:00 in Shanghai: overdue; rep02 and the direct superior are told, rep01 is not.
    t.clock.set(new Date('2026-03-31T16:00:00Z'));
    await runJobs();
    const rep02 = (await noticesOf('rep02')).filter((n) => n.subjectType === 'personal_plan_period');
    expect(rep02.find((n) => n.event === 'deadline.overdue')?.titleZh).toBe(
      '销售计划逾期：2026-04 月销售计划表未在 2026-03-31 前提交，请尽快提交',
    );
    const sup = (await noticesOf('sup_east1')).filter(
      (n) => n.event === 'deadline.overdue' && n.subjectType === 'personal_plan_period',
    );
    expect(sup.map((n) => n.titleZh).sort()).toEqual([
      '下属销售计划逾期：孙浩 的 2026-04 月销售计划表未在 2026-03-31 前提交',
      '下属销售计划逾期：钱芳 的 2026-04 月销售计划表未在 2026-03-31 前提交',
    ]);
    expect(
      (await noticesOf('rep01')).filter(
        (n) => n.event.startsWith('deadline.') && n.subjectType === 'personal_plan_period',
      ),
    ).toEqual([]);
    t.clock.set(new Date('2026-04-01T01:00:00Z'));
    const overdue = await s.ok<TTodo>('rep02', 'GET', '/api/todo?overdue=true');
    expect(overdue.sections.find((x) => x.key === 'personalPlans.toSubmit')?.items[0]).toMatchObject({
      overdue: true,
      link: '/personal-plans?period=2026-04',
    });
    expect((await team('sup_east1', '2026-04')).map((r) => [r.rep.username, r.missing, r.overdue])).toEqual([
      ['rep01', false, false],
      ['rep02', true, true],
      ['rep03', true, true],
    ]);

    // Submitted late, the item closes and the team view says late.
    await writeAndSubmit('rep02', '2026-04');
    expect((await itemOf('rep02', '2026-04'))?.status).toBe('closed');
    const after = await team('sup_east1', '2026-04');
    expect(after.find((r) => r.rep.username === 'rep02')).toMatchObject({
      missing: false,
      overdue: false,
      late: true,
    });
    expect(after.find((r) => r.rep.username === 'rep01')?.late).toBe(false);
  });

  it('PLAN-4: the due day is the policy plan.monthlyPlanDueDay — set to the 25th, June’s plan is overdue from 26 May', async () => {
    t.clock.set(new Date('2026-05-02T01:00:00Z'));
    await setPolicyValue(t, 'plan.monthlyPlanDueDay', 25);
    await runJobs();
    expect(await itemOf('rep05', '2026-06')).toMatchObject({
      status: 'open',
      dueAt: new Date('2026-05-25T16:00:00Z'),
      rule: expect.objectContaining({ period: '2026-06', dueDate: '2026-05-25' }),
    });
    expect(await s.ok('rep05', 'GET', '/api/personal-plans/mine')).toMatchObject({
      period: '2026-06',
      dueAt: '2026-05-25T16:00:00.000Z',
    });
    t.clock.set(new Date('2026-05-25T15:59:00Z'));
    expect((await team('sup_east2', '2026-06')).find((r) => r.rep.username === 'rep05')?.overdue).toBe(false);
    t.clock.set(new Date('2026-05-25T16:00:00Z'));
    expect((await team('sup_east2', '2026-06')).find((r) => r.rep.username === 'rep05')?.overdue).toBe(true);
    await setPolicyValue(t, 'plan.monthlyPlanDueDay', 0);
  });

  it('PLAN-4: in January each rep’s annual plan falls due on the policy day (plan.annualPlanDue) — moved to 01-20, overdue from 21 January', async () => {
    await setPolicyValue(t, 'plan.annualPlanDue', '01-20');
    t.clock.set(new Date('2027-01-04T01:00:00Z'));
    await runJobs();
    expect(await itemOf('rep07', '2027')).toMatchObject({
      kind: ANNUAL_DUE_KIND,
      status: 'open',
      dueAt: new Date('2027-01-20T16:00:00Z'),
      rule: expect.objectContaining({ period: '2027', dueDate: '2027-01-20' }),
    });
    // Past months can no longer be planned: their items left 待办.
    expect(await itemOf('rep07', '2026-04')).toMatchObject({ status: 'closed', closedReason: 'period_over' });
    const todo = await s.ok<TTodo>('rep07', 'GET', '/api/todo');
    expect(
      todo.sections
        .find((x) => x.key === 'personalPlans.toSubmit')
        ?.items.map((r) => r.title['zh-CN'])
        .sort(),
    ).toEqual(['提交 2027 年度销售计划表', '提交 2027-02 月销售计划表']);
    t.clock.set(new Date('2027-01-20T16:00:00Z'));
    await runJobs();
    const rep07 = (await noticesOf('rep07')).filter((n) => n.event === 'deadline.overdue');
    expect(rep07.map((n) => n.titleZh)).toContain(
      '销售计划逾期：2027 年度销售计划表未在 2027-01-20 前提交，请尽快提交',
    );
    expect((await team('sup_south1', '2027')).map((r) => [r.rep.username, r.missing, r.overdue])).toEqual([
      ['rep07', true, true],
      ['rep08', true, true],
      ['rep09', true, true],
    ]);
    // A bad value is refused on its field.
    const bad = await s.call('director', 'PUT', '/api/policies/plan.annualPlanDue', { value: '02-30' });
    expect(bad.statusCode).toBe(400);
  });
});
