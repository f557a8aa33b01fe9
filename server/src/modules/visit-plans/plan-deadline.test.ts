import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import type { TTodo } from '../todo/index.js';
import { PLAN_DUE_KIND } from './due-items.js';
import { planDueJob } from './job.js';
import type { TVisitPlan } from './schemas.js';
import { customerOf, sessions, setPolicyValue } from './test-kit.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
});

/** The daily plan run, then the deadline engine's run (which fires the ladders), at the clock's time. */
async function runJobs() {
  const outcome = await executeJob(t.database.db, t.clock, planDueJob, t.clock.now(), 'test');
  expect(outcome.result).toBe('ok');
  await executeJob(t.database.db, t.clock, deadlineJob, t.clock.now(), 'test');
}

async function noticesOf(username: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, await t.userId(username)));
}

async function itemOf(username: string, month: string) {
  const [item] = await t.database.db
    .select()
    .from(dueItems)
    .where(
      and(eq(dueItems.kind, PLAN_DUE_KIND), eq(dueItems.subjectId, `${await t.userId(username)}:${month}`)),
    );
  return item;
}

describe('VIS-1: the plan deadline', () => {
  it('VIS-1: a rep without a next-month plan at the month-end deadline → overdue item on the 1st, supervisor notified', async () => {
    // 2 March 2026, 09:00 in Shanghai: the window for April's plans is open.
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    await runJobs();
    const item = await itemOf('rep02', '2026-04');
    expect(item).toMatchObject({ status: 'open', dueAt: new Date('2026-03-31T16:00:00Z') });
    // Only those who must plan (scope own): the reps, not their supervisor.
    expect(await itemOf('sup_east1', '2026-04')).toBeUndefined();
    const todo = await s.ok<TTodo>('rep02', 'GET', '/api/todo');
    expect(todo.sections.find((x) => x.key === 'visitPlans.toSubmit')?.items).toEqual([
      expect.objectContaining({
        title: { 'zh-CN': '提交 2026-04 拜访计划表', en: 'Submit the visit plan for 2026-04' },
        overdue: false,
        link: '/visit-plans?month=2026-04',
        detail: { 'zh-CN': '尚未编写', en: 'Not started' },
      }),
    ]);
    // Running again opens nothing twice.
    await runJobs();
    expect((await t.database.db.select().from(dueItems).where(eq(dueItems.kind, PLAN_DUE_KIND))).length).toBe(
      12,
    );

    // rep01 submits in time: the item closes.
    const customer = await customerOf(t, 'rep01');
    const plan = await s.ok<TVisitPlan>('rep01', 'POST', '/api/visit-plans', { month: '2026-04' });
    await s.ok('rep01', 'PUT', `/api/visit-plans/${plan.id}/lines`, {
      lines: [{ customerId: customer, purpose: 'maintenance', plannedOn: '2026-04-07', plannedHours: '2' }],
    });
    await s.ok('rep01', 'POST', `/api/visit-plans/${plan.id}/submit`);
    expect((await itemOf('rep01', '2026-04'))?.status).toBe('closed');

    // 31 March, 23:59 in Shanghai: still in time — a reminder, nothing overdue.
    t.clock.set(new Date('2026-03-31T15:59:00Z'));
    await runJobs();
    expect((await noticesOf('rep02')).map((n) => n.event)).toEqual(['deadline.reminder']);
    expect((await noticesOf('sup_east1')).filter((n) => n.event.startsWith('deadline.'))).toEqual([]);

    // 1 April, 00:00 in Shanghai: overdue; rep02 and the direct superior are told, rep01 is not.
    t.clock.set(new Date('2026-03-31T16:00:00Z'));
    await runJobs();
    const rep02 = await noticesOf('rep02');
    expect(rep02.map((n) => n.event)).toEqual(['deadline.reminder', 'deadline.overdue']);
    expect(rep02.find((n) => n.event === 'deadline.overdue')?.titleZh).toBe(
      '拜访计划表逾期：2026-04 的拜访计划表未在 2026-03-31 前提交，请尽快提交',
    );
    const sup = (await noticesOf('sup_east1')).filter((n) => n.event === 'deadline.overdue');
    expect(sup.map((n) => n.titleZh).sort()).toEqual([
      '下属拜访计划表逾期：孙浩 的 2026-04 拜访计划表未在 2026-03-31 前提交',
      '下属拜访计划表逾期：钱芳 的 2026-04 拜访计划表未在 2026-03-31 前提交',
    ]);
    expect((await noticesOf('rep01')).filter((n) => n.event.startsWith('deadline.'))).toEqual([]);
    expect((await noticesOf('manager_east')).filter((n) => n.event.startsWith('deadline.'))).toEqual([]);
    // In the morning of the 1st, 待办's overdue list has it.
    t.clock.set(new Date('2026-04-01T01:00:00Z'));
    const overdue = await s.ok<TTodo>('rep02', 'GET', '/api/todo?overdue=true');
    expect(overdue.sections.find((x) => x.key === 'visitPlans.toSubmit')?.items[0]).toMatchObject({
      overdue: true,
      link: '/visit-plans?month=2026-04',
    });

    // Submitted late, the item closes.
    const late = await s.ok<TVisitPlan>('rep02', 'POST', '/api/visit-plans', { month: '2026-04' });
    await s.ok('rep02', 'PUT', `/api/visit-plans/${late.id}/lines`, {
      lines: [
        {
          customerId: await customerOf(t, 'rep02'),
          purpose: 'coverage',
          plannedOn: '2026-04-21',
          plannedHours: '0.5',
        },
      ],
    });
    await s.ok('rep02', 'POST', `/api/visit-plans/${late.id}/submit`);
    expect((await itemOf('rep02', '2026-04'))?.status).toBe('closed');
    const after = await s.ok<TTodo>('rep02', 'GET', '/api/todo?overdue=true');
    expect(after.sections.find((x) => x.key === 'visitPlans.toSubmit')?.items ?? []).toEqual([]);
  });

  it('VIS-1: the due day is the policy visit.planDueDay (0 = the last day): set to the 25th, June’s plan is overdue from 26 May', async () => {
    t.clock.set(new Date('2026-05-02T01:00:00Z'));
    await setPolicyValue(t, 'visit.planDueDay', 25);
    await runJobs();
    const item = await itemOf('rep05', '2026-06');
    expect(item).toMatchObject({
      status: 'open',
      dueAt: new Date('2026-05-25T16:00:00Z'),
      rule: expect.objectContaining({ month: '2026-06', dueDate: '2026-05-25' }),
    });
    const mine = await s.ok('rep05', 'GET', '/api/visit-plans/mine');
    expect(mine).toMatchObject({ month: '2026-06', dueAt: '2026-05-25T16:00:00.000Z' });
    await setPolicyValue(t, 'visit.planDueDay', 0);
  });
});
