import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { queryRows } from '../../../db/client.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { cst, customerOf, person, seedVisit } from '../compliance/test-kit.js';

/**
 * VIS-1/VIS-4/CUS-8 (拜访日历): a week of visits, next steps and due items in the reader's scope,
 * and moving a visit not yet begun. The business clock stands at Monday 2026-03-02 09:00 (Shanghai).
 */
describe('visit calendar', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const as = async (username: string) => {
    let cookie = cookies.get(username);
    if (!cookie) {
      cookie = await t.login(username);
      cookies.set(username, cookie);
    }
    return cookie;
  };
  const get = async (username: string, url: string) => t.request('GET', url, { cookie: await as(username) });
  const move = async (username: string, id: string, plannedOn: string) =>
    t.request('POST', `/api/visits/${id}/move`, { cookie: await as(username), body: { plannedOn } });
  const week = '/api/visit-calendar?from=2026-03-02&to=2026-03-08';
  const ids: Record<string, string> = {};
  let customer01 = '';

  beforeAll(async () => {
    customer01 = await customerOf(t, 'rep01');
    const c4 = await customerOf(t, 'rep04');
    ids.planned = await seedVisit(t, {
      rep: 'rep01',
      customerId: customer01,
      plannedOn: '2026-03-04',
      fromPlan: true,
    });
    ids.prepared = await seedVisit(t, {
      rep: 'rep01',
      customerId: customer01,
      plannedOn: '2026-03-05',
      status: 'prepared',
    });
    // Planned for Sunday, made this morning: shown on the day it was made.
    ids.done = await seedVisit(t, {
      rep: 'rep01',
      customerId: customer01,
      plannedOn: '2026-03-01',
      checkIn: '2026-03-02T08:00',
      checkOut: '2026-03-02T08:40',
    });
    ids.cancelled = await seedVisit(t, {
      rep: 'rep01',
      customerId: customer01,
      plannedOn: '2026-03-06',
      status: 'cancelled',
      cancelReason: 'customer_request',
    });
    ids.nextWeek = await seedVisit(t, { rep: 'rep01', customerId: customer01, plannedOn: '2026-03-10' });
    ids.rep04 = await seedVisit(t, { rep: 'rep04', customerId: c4, plannedOn: '2026-03-04' });
    const rep01 = await person(t, 'rep01');
    // A follow-up's next step on Friday (CUS-8), and its due item (shown once, as the next step).
    const [fu] = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into follow_ups (customer_id, author_id, kind, occurred_at, content, next_step, next_step_at)
        values (${customer01}, ${rep01.id}, 'phone', ${cst('2026-03-01T10:00').toISOString()}::timestamptz, '电话沟通',
          '送样品', ${cst('2026-03-06T10:00').toISOString()}::timestamptz) returning id`,
    );
    const item = (kind: string, subjectType: string, subjectId: string, dueAt: string, title: string) => ({
      kind,
      title,
      ownerId: rep01.id,
      unitId: rep01.unitId,
      subjectType,
      subjectId,
      dueAt: cst(dueAt),
      rule: {},
      ladder: [],
    });
    await t.database.db
      .insert(dueItems)
      .values([
        item('followup', 'follow_up', fu!.id, '2026-03-06T10:00', '下一步'),
        item('task', 'task', '00000000-0000-4000-8000-000000000001', '2026-03-07T18:00', '提交月度总结'),
        item('task', 'task', '00000000-0000-4000-8000-000000000002', '2026-03-20T18:00', '下月的事'),
      ]);
  }, 120_000);

  it('VIS-4/CUS-8: a rep’s week shows their visits (on the day made, or planned), next steps and open due items', async () => {
    const res = await get('rep01', week);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-03-02', to: '2026-03-08', today: '2026-03-02' });
    expect(body.reps.map((r: { username: string }) => r.username)).toEqual(['rep01']);
    const visits = body.visits.map((v: { id: string; day: string; status: string; canMove: boolean }) => [
      v.id,
      v.day,
      v.status,
      v.canMove,
    ]);
    expect(visits).toEqual([
      [ids.done, '2026-03-02', 'done', false],
      [ids.planned, '2026-03-04', 'planned', true],
      [ids.prepared, '2026-03-05', 'prepared', true],
    ]);
    expect(body.nextSteps).toEqual([
      expect.objectContaining({
        day: '2026-03-06',
        nextStep: '送样品',
        done: false,
        customer: expect.objectContaining({ id: customer01 }),
      }),
    ]);
    expect(body.dueItems.map((d: { title: string; day: string }) => [d.title, d.day])).toEqual([
      ['提交月度总结', '2026-03-07'],
    ]);
  });

  it('ORG-5: a supervisor sees their reps’ calendars (the team, or one rep); another team’s rep is 404', async () => {
    const team = (await get('sup_east1', week)).json();
    expect(team.reps.map((r: { username: string }) => r.username).sort()).toEqual([
      'rep01',
      'rep02',
      'rep03',
      'sup_east1',
    ]);
    expect(team.visits.map((v: { id: string }) => v.id)).not.toContain(ids.rep04);
    expect(team.visits.map((v: { id: string }) => v.id)).toContain(ids.planned);
    expect(team.dueItems).toHaveLength(1);
    const rep01 = await t.userId('rep01');
    const one = await get('sup_east1', `${week}&repId=${rep01}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().visits).toHaveLength(3);
    expect((await get('sup_east1', `${week}&repId=${await t.userId('rep04')}`)).statusCode).toBe(404);
    expect((await get('rep02', `${week}&repId=${rep01}`)).statusCode).toBe(404);
    const manager = (await get('manager_east', week)).json();
    expect(manager.visits.map((v: { id: string }) => v.id)).toContain(ids.rep04);
  });

  it('a range is at most 45 days and ends on or after its start', async () => {
    const long = await get('rep01', '/api/visit-calendar?from=2026-03-01&to=2026-04-15');
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields.to).toBe('一次最多查看 45 天');
    const month = await get('rep01', '/api/visit-calendar?from=2026-02-23&to=2026-04-05');
    expect(month.statusCode).toBe(200);
    expect(month.json().visits.map((v: { id: string }) => v.id)).toContain(ids.nextWeek);
    const backwards = await get('rep01', '/api/visit-calendar?from=2026-03-08&to=2026-03-02');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields.to).toBe('结束日期不能早于开始日期');
    expect((await get('rep01', '/api/visit-calendar?from=2026-03-02')).statusCode).toBe(400);
  });

  it('VIS-1: the rep moves a planned visit to another day; the move is audited with the day before and after', async () => {
    const res = await move('rep01', ids.planned!, '2026-03-09');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: ids.planned, plannedOn: '2026-03-09' });
    const after = (await get('rep01', '/api/visit-calendar?from=2026-03-09&to=2026-03-15')).json();
    expect(after.visits.find((v: { id: string }) => v.id === ids.planned)).toMatchObject({
      day: '2026-03-09',
    });
    const log = (await get('admin', `/api/audit?entity=visit&action=visit.move`)).json();
    expect(log.items[0]).toMatchObject({
      actorName: 'rep01',
      entityId: ids.planned,
      before: { plannedOn: '2026-03-04' },
      after: { plannedOn: '2026-03-09' },
    });
  });

  it('VIS-1/ORG-3: a superior in write scope moves a rep’s visit; another rep or another team’s supervisor gets 404', async () => {
    expect((await move('rep02', ids.prepared!, '2026-03-06')).statusCode).toBe(404);
    expect((await move('sup_east2', ids.prepared!, '2026-03-06')).statusCode).toBe(404);
    const res = await move('sup_east1', ids.prepared!, '2026-03-06');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().plannedOn).toBe('2026-03-06');
    // The assistant reads the unit's visits but does not plan them.
    expect((await move('assistant_east', ids.prepared!, '2026-03-07')).statusCode).toBe(403);
  });

  it('VIS-4: a visit under way or done does not move; nor to a day before today; a plan visit stays in its month', async () => {
    const done = await move('rep01', ids.done!, '2026-03-03');
    expect(done.statusCode).toBe(422);
    expect(done.json().error.code).toBe('VISIT_NOT_MOVABLE');
    const cancelled = await move('rep01', ids.cancelled!, '2026-03-03');
    expect(cancelled.json().error.code).toBe('VISIT_NOT_MOVABLE');
    const past = await move('rep01', ids.nextWeek!, '2026-03-01');
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.plannedOn).toBe('不能改到今天之前');
    // Today is allowed.
    expect((await move('rep01', ids.nextWeek!, '2026-03-02')).statusCode).toBe(200);
    const otherMonth = await move('rep01', ids.planned!, '2026-04-01');
    expect(otherMonth.statusCode).toBe(422);
    expect(otherMonth.json().error.code).toBe('VISIT_MOVE_OTHER_MONTH');
    // An ad hoc visit may move to another month.
    expect((await move('rep01', ids.nextWeek!, '2026-04-01')).statusCode).toBe(200);
    // Four moves in this file: the planned visit, the prepared one, and this one twice.
    expect((await get('admin', '/api/audit?action=visit.move')).json().items).toHaveLength(4);
  });
});
