import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { workCallers } from '../../../test/work-callers.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';
import { visits } from '../visits/index.js';
import { WORKLOG_DUE_KIND } from './due-items.js';
import { fields } from './test-kit.js';

const JOB = 'worklogs.openDueItems';

describe('work logs (OPS-1) and their review (OPS-7)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const { call, ok, runJob, runDeadlines, section, notices } = workCallers(t);
  const items = async (u: string, day: string) =>
    db
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.kind, WORKLOG_DUE_KIND), eq(dueItems.subjectId, `${await t.userId(u)}:${day}`)));

  it('OPS-1: no work log by the deadline → overdue the next morning and the supervisor is told; submitting closes the item', async () => {
    t.clock.set(new Date('2026-03-03T00:10:00Z')); // Tuesday 08:10 in Shanghai
    await runJob(JOB);
    const [item] = await items('rep01', '2026-03-03');
    expect(item).toMatchObject({ status: 'open', dueAt: new Date('2026-03-03T15:59:59.999Z') });
    // Only reps (worklog:write at scope own) are asked; a supervisor is not.
    expect(await items('sup_east1', '2026-03-03')).toHaveLength(0);
    const row = (await section('rep01', 'worklogs.toWrite'))!.items.find((r) => r.subject === '2026-03-03');
    expect(row).toMatchObject({ overdue: false, link: '/worklogs?day=2026-03-03' });

    // The next morning: overdue, the rep is told and the direct supervisor too (worklog.escalateDays 0).
    t.clock.set(new Date('2026-03-04T00:30:00Z'));
    await runDeadlines();
    expect(await notices('rep01', 'deadline.overdue', '2026-03-03')).toHaveLength(1);
    const sup = await notices('sup_east1', 'deadline.escalated', '赵磊 未提交 2026-03-03');
    expect(sup).toHaveLength(1);
    expect(sup[0]!.titleZh).toBe('下属工作日志逾期：赵磊 未提交 2026-03-03 的工作日志');
    expect(await notices('sup_east2', 'deadline.escalated', '赵磊')).toHaveLength(0);
    const late = (await section('rep01', 'worklogs.toWrite'))!.items.find((r) => r.subject === '2026-03-03');
    expect(late).toMatchObject({ overdue: true });

    const log = await ok('rep01', 'POST', '/api/worklogs/mine/2026-03-03/submit', fields('1. 拜访客户'));
    expect(log).toMatchObject({ status: 'submitted', reviewStatus: 'pending', late: true });
    expect((await items('rep01', '2026-03-03'))[0]!.status).toBe('closed');
    const after = (await section('rep01', 'worklogs.toWrite'))?.items ?? [];
    expect(after.find((r) => r.subject === '2026-03-03')).toBeUndefined();
  });

  it('OPS-1: a rep on a trip is due on the day back; marking the return early moves it to that day', async () => {
    t.clock.set(new Date('2026-03-04T02:00:00Z')); // Wednesday
    const trip = await ok('rep02', 'POST', '/api/visit-trips', {
      departsOn: '2026-03-05',
      returnsOn: '2026-03-06',
      destination: '苏州',
      purpose: '拜访苏州客户',
    });
    expect(trip).toMatchObject({ status: 'planned', actions: { markReturned: true, cancel: true } });
    // Someone else's trip: not theirs to mark; another team's: not found.
    expect((await call('rep01', 'GET', `/api/visit-trips/${trip.id}`)).statusCode).toBe(404);
    expect((await call('sup_east1', 'POST', `/api/visit-trips/${trip.id}/return`)).json().error.code).toBe(
      'TRIP_NOT_OWN',
    );
    const bad = await call('rep02', 'POST', '/api/visit-trips', {
      departsOn: '2026-03-09',
      returnsOn: '2026-03-08',
      destination: '苏州',
      purpose: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('returnsOn');

    t.clock.set(new Date('2026-03-05T00:10:00Z')); // Thursday, away
    await runJob(JOB);
    expect((await items('rep02', '2026-03-05'))[0]!.dueAt).toEqual(new Date('2026-03-06T15:59:59.999Z'));
    expect((await items('rep03', '2026-03-05'))[0]!.dueAt).toEqual(new Date('2026-03-05T15:59:59.999Z'));
    const day = await ok('rep02', 'GET', '/api/worklogs/mine/2026-03-05');
    expect(day).toMatchObject({
      dueAt: '2026-03-06T15:59:59.999Z',
      trip: { tripId: trip.id, backOn: '2026-03-06' },
    });
    const team = await ok('sup_east1', 'GET', '/api/visit-trips?day=2026-03-05');
    expect(team.items.map((x: { id: string }) => x.id)).toContain(trip.id);

    // Back a day early (Thursday afternoon): the log of Thursday is due today ("at once").
    t.clock.set(new Date('2026-03-05T08:00:00Z'));
    expect(await ok('rep02', 'POST', `/api/visit-trips/${trip.id}/return`)).toMatchObject({
      status: 'returned',
    });
    const open = (await items('rep02', '2026-03-05')).filter((i) => i.status === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]!.dueAt).toEqual(new Date('2026-03-05T15:59:59.999Z'));
  });

  it('OPS-1: the form is prefilled from the day’s visits; after the day closes an amendment keeps before/after and the original stays readable; another rep’s log is 404', async () => {
    t.clock.set(new Date('2026-03-05T09:00:00Z')); // Thursday 17:00
    const [rep] = await db.select().from(users).where(eq(users.username, 'rep03'));
    const [customer] = await db
      .insert(customers)
      .values({
        name: '日志预填测试有限公司',
        nameKey: '日志预填测试有限公司',
        level: 'B',
        lifecycle: 'customer',
        type: 'existing',
        unitId: rep!.unitId,
        ownerId: rep!.id,
        ownedSince: t.clock.now(),
      })
      .returning();
    await db.insert(visits).values({
      repId: rep!.id,
      unitId: rep!.unitId,
      customerId: customer!.id,
      purpose: 'maintenance',
      status: 'done',
      plannedOn: '2026-03-05',
      checkInAt: new Date('2026-03-05T06:00:00Z'),
      checkInLocation: 'denied',
      checkOutAt: new Date('2026-03-05T07:00:00Z'),
      checkOutLocation: 'denied',
    });
    const day = await ok('rep03', 'GET', '/api/worklogs/mine/2026-03-05');
    expect(day.log).toBeNull();
    expect(day.prefill).toContain(`拜访 ${customer!.name}`);
    const first = await ok('rep03', 'POST', '/api/worklogs/mine/2026-03-05/submit', fields(day.prefill));
    expect(first).toMatchObject({
      status: 'submitted',
      late: false,
      closed: false,
      actions: { review: false },
    });

    // The next day the log of Thursday is closed: a change needs a reason and is kept.
    t.clock.set(new Date('2026-03-06T02:00:00Z'));
    const noReason = await call('rep03', 'PUT', '/api/worklogs/mine/2026-03-05', fields('改过的内容'));
    expect(noReason.json().error.code).toBe('WORKLOG_AMEND_REASON');
    const amended = await ok('rep03', 'PUT', '/api/worklogs/mine/2026-03-05', {
      ...fields('改过的内容'),
      reason: '补记电话跟进',
    });
    expect(amended.done).toBe('改过的内容');
    expect(amended.history).toHaveLength(1);
    expect(amended.history[0]).toMatchObject({
      before: { done: day.prefill },
      after: { done: '改过的内容' },
      reason: '补记电话跟进',
      changedBy: { username: 'rep03' },
    });
    const bySup = await ok('sup_east1', 'GET', `/api/worklogs/${first.id}`);
    expect(bySup.history[0].before.done).toBe(day.prefill);
    expect((await call('rep01', 'GET', `/api/worklogs/${first.id}`)).statusCode).toBe(404);
    expect((await call('sup_east2', 'GET', `/api/worklogs/${first.id}`)).statusCode).toBe(404);
    expect((await call('rep03', 'GET', '/api/worklogs/mine/2026-03-09')).json().error.code).toBe(
      'WORKLOG_FUTURE_DAY',
    );
  });

  it('OPS-7: the queue shows the team’s submitted logs only; a returned log reaches the rep’s 待办; resubmitted it is back; approve clears it', async () => {
    t.clock.set(new Date('2026-03-06T03:00:00Z'));
    const other = await ok('rep04', 'POST', '/api/worklogs/mine/2026-03-06/submit', fields('华东二组的日志'));
    const mine = await ok('rep01', 'POST', '/api/worklogs/mine/2026-03-06/submit', fields('华东一组的日志'));
    const queue = await ok('sup_east1', 'GET', '/api/supervision/queue?kind=worklog');
    const ids = queue.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    expect(queue.counts.worklog).toBe(queue.total);
    const todo = (await section('sup_east1', 'supervision.toReview'))!.items;
    expect(todo.map((r) => r.id)).toContain(`worklog:${mine.id}`);
    expect(
      (await call('sup_east2', 'POST', `/api/worklogs/${mine.id}/review`, { verdict: 'approved' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('sup_east1', 'POST', `/api/worklogs/${mine.id}/review`, { verdict: 'returned' })).json()
        .error.code,
    ).toBe('WORKLOG_RETURN_COMMENT');

    await ok('sup_east1', 'POST', `/api/worklogs/${mine.id}/review`, {
      verdict: 'returned',
      comment: '请写明客户意见',
    });
    expect(await notices('rep01', 'worklog.returned', '请写明客户意见')).toHaveLength(1);
    const back = (await section('rep01', 'worklogs.toWrite'))!.items.find((r) => r.id === mine.id);
    expect(back).toMatchObject({ title: { 'zh-CN': '修改退回的工作日志：2026-03-06' } });
    expect(
      (await ok('sup_east1', 'GET', '/api/supervision/queue')).items.map((i: { id: string }) => i.id),
    ).not.toContain(mine.id);

    await ok('rep01', 'POST', '/api/worklogs/mine/2026-03-06/submit', fields('华东一组的日志，补充客户意见'));
    expect(
      (await ok('sup_east1', 'GET', '/api/supervision/queue')).items.map((i: { id: string }) => i.id),
    ).toContain(mine.id);
    const approved = await ok('sup_east1', 'POST', `/api/worklogs/${mine.id}/review`, {
      verdict: 'approved',
    });
    expect(approved).toMatchObject({ reviewStatus: 'approved', reviewedBy: { username: 'sup_east1' } });
    expect(
      (await ok('sup_east1', 'GET', '/api/supervision/queue')).items.map((i: { id: string }) => i.id),
    ).not.toContain(mine.id);
    expect((await section('rep01', 'worklogs.toWrite'))?.items.find((r) => r.id === mine.id)).toBeUndefined();
    const list = await ok(
      'sup_east1',
      'GET',
      `/api/worklogs?userId=${await t.userId('rep01')}&from=2026-03-01`,
    );
    expect(list.items.map((i: { id: string }) => i.id)).toContain(mine.id);
  });
});
