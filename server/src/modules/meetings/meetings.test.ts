import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { at, customerOf, person, quoteOf, sessions, tripOf, visitOf } from '../../../test/day-fixtures.js';
import { createTestApp } from '../../../test/test-app.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { on, registerDomainEventHandler } from '../../platform/events/domain-events.js';
import { runDueJobs, syncJobs } from '../../platform/jobs/runner.js';
import { dailyReports, generateDayReports, unitsWithReps } from '../daily-reports/index.js';
import { type LateArrival, meetingArrivedLate } from './events.js';
import { meetingPrepareJob } from './job.js';
import type { TMeeting } from './schemas.js';
import { meetings } from './tables.js';

const YESTERDAY = '2026-03-03';
const TODAY = '2026-03-04';

describe('OPS-6: the morning meeting', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const s = sessions(t);
  const ctx: Ctx = {
    db,
    clock: t.clock,
    actor: null,
    requestId: 't',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const late: LateArrival[] = [];
  registerDomainEventHandler(
    on(meetingArrivedLate, async (_tx, _ctx, p) => {
      late.push(p);
    }),
  );

  // Yesterday's work of 华东一组 and its reports; today rep03 is away on a trip, rep02 out on a visit.
  await customerOf(t, 'rep01', at(YESTERDAY, 10));
  await quoteOf(t, 'rep02', at(YESTERDAY, 14));
  await visitOf(t, 'rep01', {
    on: YESTERDAY,
    status: 'done',
    checkIn: at(YESTERDAY, 10),
    checkOut: at(YESTERDAY, 11),
  });
  t.clock.set(at(YESTERDAY, 18, 5));
  await inTx(ctx, (tx) => generateDayReports(tx, ctx, { day: YESTERDAY }));
  await tripOf(t, 'rep03', YESTERDAY, '2026-03-05');
  await visitOf(t, 'rep02', { on: TODAY, status: 'in_progress', checkIn: at(TODAY, 9, 30) });
  const rep01 = await person(t, 'rep01');
  const rep02 = await person(t, 'rep02');
  const rep03 = await person(t, 'rep03');
  const team = rep01.unitId;
  t.clock.set(at(TODAY, 9, 40));
  let meetingId = '';

  it('OPS-6: today’s meeting, opened by the supervisor, shows the previous working day’s unit report — the same numbers', async () => {
    const m = await s.ok<TMeeting>('sup_east1', 'POST', '/api/meetings/open', {});
    meetingId = m.id;
    const [report] = await db
      .select()
      .from(dailyReports)
      .where(
        and(eq(dailyReports.unitId, team), eq(dailyReports.day, YESTERDAY), isNull(dailyReports.userId)),
      );
    expect(m).toMatchObject({
      day: TODAY,
      figuresDay: YESTERDAY,
      figuresReportId: report!.id,
      status: 'open',
    });
    expect(m.figures).toEqual(report!.figures);
    expect(m.figures).toMatchObject({ newCustomers: 1, quotes: 1, visits: 1 });
    expect(m.startsAt).toBe(at(TODAY, 9, 50).toISOString());
    expect(m.host?.username).toBe('sup_east1');
    // Opening again gives the same meeting.
    expect((await s.ok<TMeeting>('sup_east1', 'POST', '/api/meetings/open', {})).id).toBe(m.id);
  });

  it('OPS-6/PEN-2: a late arrival is recorded and emits meetingArrivedLate once; a rep on a recorded trip or a visit is exempt and cannot be marked late', async () => {
    const m0 = await s.ok<TMeeting>('sup_east1', 'GET', `/api/meetings/${meetingId}`);
    const row = (id: string, m: TMeeting) => m.attendance.find((a) => a.user.id === id)!;
    expect(row(rep03.id, m0)).toMatchObject({ status: 'away', exemption: 'trip' });
    expect(row(rep02.id, m0)).toMatchObject({ status: 'away', exemption: 'visit' });

    const away = await s.call('sup_east1', 'POST', `/api/meetings/${meetingId}/attendance`, {
      userId: rep03.id,
      status: 'late',
      arrivedAt: at(TODAY, 10).toISOString(),
    });
    expect(away.json().error.code).toBe('MEETING_MEMBER_AWAY');
    expect(late).toEqual([]);

    const arrived = at(TODAY, 9, 53);
    const m1 = await s.ok<TMeeting>('sup_east1', 'POST', `/api/meetings/${meetingId}/attendance`, {
      userId: rep01.id,
      status: 'late',
      arrivedAt: new Date(arrived.getTime() + 30_000).toISOString(), // 3½ minutes late → 4
    });
    expect(row(rep01.id, m1)).toMatchObject({ status: 'late', minutesLate: 4 });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ meetingId, day: TODAY, userId: rep01.id, unitId: team, minutesLate: 4 });
    // Correcting the arrival emits nothing more.
    await s.ok('sup_east1', 'POST', `/api/meetings/${meetingId}/attendance`, {
      userId: rep01.id,
      status: 'late',
      arrivedAt: at(TODAY, 9, 55).toISOString(),
    });
    expect(late).toHaveLength(1);
    const notLate = await s.call('sup_east1', 'POST', `/api/meetings/${meetingId}/attendance`, {
      userId: rep01.id,
      status: 'late',
      arrivedAt: at(TODAY, 9, 50).toISOString(),
    });
    expect(notLate.json().error.code).toBe('MEETING_NOT_LATE');
    const noTime = await s.call('sup_east1', 'POST', `/api/meetings/${meetingId}/attendance`, {
      userId: rep01.id,
      status: 'late',
    });
    expect(noTime.statusCode).toBe(400);
  });

  it('OPS-6/ORG-3/ORG-4: an assignment to a direct report is a task for them; to someone else it goes to their direct superior when that superior reports to the host; beyond that it is refused', async () => {
    const due = at(TODAY, 18).toISOString();
    const m = await s.ok<TMeeting>('sup_east1', 'POST', `/api/meetings/${meetingId}/assignments`, {
      assigneeId: rep02.id,
      content: '今天回访客户乙，确认报价',
      dueAt: due,
    });
    expect(m.assignments[0]).toMatchObject({
      routed: false,
      assignee: { id: rep02.id },
      taskAssignee: { id: rep02.id },
    });
    const task = await s.ok('rep02', 'GET', `/api/tasks/${m.assignments[0]!.taskId}`);
    expect(task).toMatchObject({ content: '今天回访客户乙，确认报价', source: 'meeting' });

    // The manager hosts too (meeting:host over the unit tree); rep01 reports to sup_east1.
    const routed = await s.ok<TMeeting>('manager_east', 'POST', `/api/meetings/${meetingId}/assignments`, {
      assigneeId: rep01.id,
      content: '整理本周报价清单',
      dueAt: due,
    });
    const sup = await person(t, 'sup_east1');
    // Both assignments were made at the same instant of the test clock: find this one by its words.
    expect(routed.assignments.find((a) => a.content === '整理本周报价清单')).toMatchObject({
      routed: true,
      assignee: { id: rep01.id },
      taskAssignee: { id: sup.id },
    });

    const rep04 = await person(t, 'rep04');
    const far = await s.call('sup_east1', 'POST', `/api/meetings/${meetingId}/assignments`, {
      assigneeId: rep04.id,
      content: '越级',
      dueAt: due,
    });
    expect(far.json().error.code).toBe('MEETING_ASSIGNEE_OUT_OF_REACH');
  });

  it('OPS-6: members read their unit’s meeting; another unit’s meeting answers 404 to a rep; it is in the host’s 待办 until closing freezes it', async () => {
    const seen = await s.ok<TMeeting>('rep01', 'GET', `/api/meetings/${meetingId}`);
    expect(seen.canHost).toBe(false);
    expect((await s.call('rep04', 'GET', `/api/meetings/${meetingId}`)).statusCode).toBe(404);
    expect((await s.call('sup_east2', 'POST', `/api/meetings/${meetingId}/close`)).statusCode).toBe(404);
    const list = await s.ok<{ items: { id: string }[] }>('rep04', 'GET', '/api/meetings');
    expect(list.items.map((i) => i.id)).not.toContain(meetingId);

    const toHost = async () =>
      (
        await s.ok<{ sections: { key: string; items: { id: string }[] }[] }>('sup_east1', 'GET', '/api/todo')
      ).sections
        .find((x) => x.key === 'meetings.toHost')
        ?.items.map((i) => i.id) ?? [];
    expect(await toHost()).toEqual([meetingId]);
    await s.ok('sup_east1', 'PATCH', `/api/meetings/${meetingId}`, {
      problems: '报价周期偏长',
      minutes: '按布置执行',
    });
    const closed = await s.ok<TMeeting>('sup_east1', 'POST', `/api/meetings/${meetingId}/close`);
    expect(closed).toMatchObject({ status: 'closed', problems: '报价周期偏长', canHost: false });
    const after = await s.call('sup_east1', 'POST', `/api/meetings/${meetingId}/attendance`, {
      userId: rep01.id,
      status: 'present',
    });
    expect(after.json().error.code).toBe('MEETING_CLOSED');
    expect(await toHost()).toEqual([]);
  });

  it('OPS-6: on a working day at the policy time (08:00) the job prepares a meeting for every unit with reps', async () => {
    t.clock.set(at('2026-03-05', 7, 30));
    await syncJobs(db, [meetingPrepareJob], t.clock.now());
    t.clock.set(at('2026-03-05', 8, 1));
    expect(await runDueJobs({ db, clock: t.clock, jobs: [meetingPrepareJob] })).toBe(1);
    const made = await db
      .select({ unitId: meetings.unitId })
      .from(meetings)
      .where(eq(meetings.day, '2026-03-05'));
    expect(made.map((m) => m.unitId).sort()).toEqual((await unitsWithReps(db)).sort());
    expect(made.map((m) => m.unitId)).toContain(team);
  });
});
