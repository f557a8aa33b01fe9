import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../../test/sessions.js';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { on, registerDomainEventHandler } from '../../platform/events/domain-events.js';
import type { ExcellentResult } from './events.js';
import { trainingExcelled } from './events.js';
import type { TDevPlan, TMyTraining, TTrainingSessionDetail } from './schemas.js';

describe('OPS-8: training sessions, results and development plans', async () => {
  const t = await createTestApp();
  const s = sessions(t);
  const db = t.database.db;
  const excelled: ExcellentResult[] = [];
  registerDomainEventHandler(
    on(trainingExcelled, async (_tx, _ctx, p) => {
      excelled.push(p);
    }),
  );
  const unitId = async (code: string) =>
    (await queryRows<{ id: string }>(db, sql`select id from units where code = ${code}`))[0]!.id;

  let session: TTrainingSessionDetail;
  const attendee = (username: string) => session.attendees.find((a) => a.user.username === username)!;

  it('OPS-8: a session invites its audience (a unit with its sub-units and named people)', async () => {
    session = await s.ok<TTrainingSessionDetail>('hr', 'POST', '/api/training/sessions', {
      topic: 'product',
      title: '新产品线培训',
      trainerName: '厂家工程师',
      startsAt: '2026-03-05T06:00:00Z',
      endsAt: '2026-03-05T08:00:00Z',
      place: '三楼会议室',
      unitIds: [await unitId('EAST-T1')],
      userIds: [await t.userId('rep07')],
    });
    expect(session.attendees.map((a) => a.user.username).sort()).toEqual([
      'rep01',
      'rep02',
      'rep03',
      'rep07',
      'sup_east1',
    ]);
    expect(session.attendees.every((a) => a.attendance === 'invited')).toBe(true);
    expect(session.canManage).toBe(true);
    expect(session.excellentScore).toBe(90);
  });

  it('OPS-8: attendance is recorded and audited', async () => {
    session = await s.ok('hr', 'POST', `/api/training/sessions/${session.id}/attendance`, {
      items: [
        { attendeeId: attendee('rep01').id, attendance: 'attended' },
        { attendeeId: attendee('rep02').id, attendance: 'attended' },
        { attendeeId: attendee('rep03').id, attendance: 'excused' },
      ],
    });
    expect(attendee('rep03').attendance).toBe('excused');
    const audits = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'training.attendance'`,
    );
    expect(audits[0]!.n).toBe(3);
  });

  it('OPS-8: a score below the threshold is not excellent and emits nothing', async () => {
    session = await s.ok('hr', 'POST', `/api/training/sessions/${session.id}/results`, {
      attendeeId: attendee('rep02').id,
      score: 89,
    });
    expect(attendee('rep02')).toMatchObject({ score: 89, excellent: false });
    expect(excelled).toHaveLength(0);
  });

  it('OPS-8: an excellent score emits trainingExcelled once, in the recording transaction, audited', async () => {
    session = await s.ok('hr', 'POST', `/api/training/sessions/${session.id}/results`, {
      attendeeId: attendee('rep01').id,
      score: 95,
    });
    expect(attendee('rep01')).toMatchObject({ score: 95, excellent: true });
    session = await s.ok('hr', 'POST', `/api/training/sessions/${session.id}/results`, {
      attendeeId: attendee('rep01').id,
      score: 96,
      note: '更正分数',
    });
    expect(excelled).toEqual([
      {
        attendanceId: attendee('rep01').id,
        sessionId: session.id,
        userId: await t.userId('rep01'),
        topic: 'product',
        day: '2026-03-05',
      },
    ]);
    const audits = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'training.result'`,
    );
    expect(audits[0]!.n).toBe(3);
  });

  it('OPS-8: marked excellent on pass / fail emits too; no result for someone excused', async () => {
    session = await s.ok('hr', 'POST', `/api/training/sessions/${session.id}/results`, {
      attendeeId: attendee('rep07').id,
      passed: true,
      excellent: true,
    });
    expect(excelled.map((e) => e.userId)).toContain(await t.userId('rep07'));
    const res = await s.call('hr', 'POST', `/api/training/sessions/${session.id}/results`, {
      attendeeId: attendee('rep03').id,
      score: 99,
    });
    expect(res.statusCode).toBe(409);
    expect(excelled).toHaveLength(2);
  });

  it('OPS-8: the organiser exports the attendance and results (audited); a rep may not', async () => {
    const res = await s.call('hr', 'GET', `/api/training/sessions/${session.id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((await s.call('rep01', 'GET', `/api/training/sessions/${session.id}/export`)).statusCode).toBe(
      403,
    );
    const audits = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'training.export'`,
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('OPS-8: a rep sees their trainings and results; a rep cannot run training', async () => {
    const mine = await s.ok<{ items: TMyTraining[] }>('rep01', 'GET', '/api/training/mine');
    expect(mine.items[0]).toMatchObject({ attendance: 'attended', score: 96, excellent: true });
    expect(
      (await s.call('rep01', 'POST', `/api/training/sessions/${session.id}/attendance`, { items: [] }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await s.call('sup_south1', 'POST', `/api/training/sessions/${session.id}/results`, {
          attendeeId: attendee('rep07').id,
          score: 50,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('OPS-8: the superior writes and reviews a development plan; the rep reads theirs, others do not', async () => {
    const plan = await s.ok<TDevPlan>('sup_east1', 'POST', '/api/dev-plans', {
      userId: await t.userId('rep01'),
      year: 2026,
      goals: '掌握新产品线的技术要点',
      actions: [{ action: '参加厂家培训', dueOn: '2026-04-30' }],
    });
    expect(plan.status).toBe('draft');
    const reviewed = await s.ok<TDevPlan>('sup_east1', 'POST', `/api/dev-plans/${plan.id}/review`, {
      comment: '目标明确',
    });
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewComment: '目标明确' });
    expect((await s.ok<TDevPlan>('rep01', 'GET', `/api/dev-plans/${plan.id}`)).canWrite).toBe(false);
    expect((await s.call('rep02', 'GET', `/api/dev-plans/${plan.id}`)).statusCode).toBe(404);
    const other = await s.call('sup_east1', 'POST', '/api/dev-plans', {
      userId: await t.userId('rep07'),
      year: 2026,
      goals: '越权',
      actions: [{ action: '无', dueOn: '2026-04-30' }],
    });
    expect(other.statusCode).toBe(400);
  });
});
