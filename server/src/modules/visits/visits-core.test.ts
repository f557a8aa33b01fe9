import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { inTx } from '../../platform/context.js';
import { setPolicy } from '../../platform/policies/write.js';
import { HERE, TODAY, type Visit, visitTestKit } from './visit-test-kit.js';

describe('visits: planned, started and made (VIS-4)', async () => {
  const t = await createTestApp();
  const { call, ok, advance, customerOf, visitFor, ctxOf, auditActions } = visitTestKit(t);

  it('VIS-4: a rep plans an ad hoc visit to their own customer: planned, theirs, with the actions they may take', async () => {
    const v = await visitFor('rep01');
    expect(v).toMatchObject({
      status: 'planned',
      purpose: 'maintenance',
      plannedOn: TODAY,
      plannedMinutes: 90,
      planned: false,
      rep: { username: 'rep01' },
      preApproval: 'none',
      checkIn: null,
      actions: { prepare: true, checkIn: true, checkOut: false, cancel: true, people: false, photos: false },
    });
    expect(await auditActions(v.id)).toEqual(['visit.create']);
    // Without a date the visit is for the company's today (the phone's 开始拜访).
    const now = await ok('rep01', 'POST', '/api/visits', {
      customerId: await customerOf('rep01'),
      purpose: 'coverage',
      plannedMinutes: 60,
    });
    expect(now.plannedOn).toBe(TODAY);
  });

  it('VIS-4: the customer must be one the rep works on; the date not in the past; bad input is a field error', async () => {
    const others = await customerOf('rep02');
    const refused = await call('rep01', 'POST', '/api/visits', {
      customerId: others,
      purpose: 'maintenance',
      plannedOn: TODAY,
      plannedMinutes: 60,
    });
    expect(refused.statusCode).toBe(404);
    expect(Object.keys(refused.json().error.fields)).toEqual(['customerId']);
    const past = await call('rep01', 'POST', '/api/visits', {
      customerId: await customerOf('rep01'),
      purpose: 'maintenance',
      plannedOn: '2026-03-01',
      plannedMinutes: 60,
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.plannedOn).toBe('计划日期不能早于今天');
    const bad = await call('rep01', 'POST', '/api/visits', {
      customerId: await customerOf('rep01'),
      purpose: 'sightseeing',
      plannedOn: TODAY,
      plannedMinutes: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['plannedMinutes', 'purpose']);
  });

  it('VIS-3: only the purposes the policy visit.purposes offers may be chosen', async () => {
    const admin = ctxOf({
      id: await t.userId('admin'),
      username: 'admin',
      displayName: 'admin',
      unitId: '',
      superiorId: null,
      permissions: {},
    });
    await inTx(admin, (tx) =>
      setPolicy(tx, admin, { id: 'visit.purposes', value: ['maintenance', 'coverage'] }),
    );
    try {
      const res = await call('rep01', 'POST', '/api/visits', {
        customerId: await customerOf('rep01'),
        purpose: 'new_product',
        plannedOn: TODAY,
        plannedMinutes: 60,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.purpose).toBe('公司未启用这个拜访目的');
    } finally {
      await inTx(admin, (tx) =>
        setPolicy(tx, admin, {
          id: 'visit.purposes',
          value: [
            'market_research',
            'competitor_info',
            'maintenance',
            'collect_payment',
            'new_customer',
            'new_product',
            'coverage',
          ],
        }),
      );
    }
  });

  it('VIS-2/VIS-4: a visit planned for a later day is not checked in today — it is moved first', async () => {
    const next = new Date(`${TODAY}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const tomorrow = next.toISOString().slice(0, 10);
    const later = await ok('rep01', 'POST', '/api/visits', {
      customerId: await customerOf('rep01'),
      purpose: 'maintenance',
      plannedOn: tomorrow,
      plannedMinutes: 60,
    });
    const early = await call('rep01', 'POST', `/api/visits/${later.id}/check-in`, HERE);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('VISIT_NOT_TODAY');
    await ok('rep01', 'POST', `/api/visits/${later.id}/move`, { plannedOn: TODAY });
    const inside: Visit = await ok('rep01', 'POST', `/api/visits/${later.id}/check-in`, HERE);
    expect(inside.status).toBe('in_progress');
  });

  it('VIS-4: check-in takes the server’s time and the phone’s position; only the visit’s own rep checks in', async () => {
    const v = await visitFor('rep01');
    const bySupervisor = await call('sup_east1', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    expect(bySupervisor.statusCode).toBe(403);
    expect(bySupervisor.json().error.code).toBe('VISIT_NOT_OWN');
    expect((await call('rep02', 'POST', `/api/visits/${v.id}/check-in`, HERE)).statusCode).toBe(404);

    advance(30 * 60_000);
    const arrived = t.clock.now().toISOString();
    // A time the phone sends is not the check-in time: the server's clock is.
    const inside: Visit = await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, {
      ...HERE,
      at: '2020-01-01T00:00:00Z',
    });
    expect(inside.status).toBe('in_progress');
    expect(inside.checkIn).toEqual({
      at: arrived,
      location: 'ok',
      lat: 31.2304,
      lng: 121.4737,
      accuracyM: 20,
    });
    expect(inside.actions).toMatchObject({ checkIn: false, checkOut: true, cancel: false, photos: true });
    const twice = await call('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('VISIT_WRONG_STATUS');

    advance(75 * 60_000);
    const bySup = await call('sup_east1', 'POST', `/api/visits/${v.id}/check-out`, { ...HERE, outcome: 'x' });
    expect(bySup.json().error.code).toBe('VISIT_NOT_OWN');
    const noOutcome = await call('rep01', 'POST', `/api/visits/${v.id}/check-out`, HERE);
    expect(noOutcome.statusCode).toBe(400);
    expect(Object.keys(noOutcome.json().error.fields)).toEqual(['outcome']);
    const done: Visit = await ok('rep01', 'POST', `/api/visits/${v.id}/check-out`, {
      location: 'unavailable',
      outcome: '客户同意下月追加订单',
    });
    expect(done).toMatchObject({
      status: 'done',
      minutesSpent: 75,
      outcome: '客户同意下月追加订单',
      checkOut: { at: t.clock.now().toISOString(), location: 'unavailable', lat: null },
      actions: { checkIn: false, checkOut: false, cancel: false, prepare: false },
    });
    expect(await auditActions(v.id)).toEqual(['visit.create', 'visit.checkIn', 'visit.checkOut']);
  });

  it('VIS-4: with location ok the coordinates are required; refused or unavailable carries none and records none', async () => {
    const v = await visitFor('rep01');
    const url = `/api/visits/${v.id}/check-in`;
    const missing = await call('rep01', 'POST', url, { location: 'ok', lat: 31.2 });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['accuracyM', 'lng']);
    const faked = await call('rep01', 'POST', url, { location: 'denied', lat: 31.2, lng: 121.4 });
    expect(faked.statusCode).toBe(400);
    expect(faked.json().error.fields).toEqual({
      lat: '未获取到位置时不能提交坐标',
      lng: '未获取到位置时不能提交坐标',
    });
    const outOfRange = await call('rep01', 'POST', url, { location: 'ok', lat: 91, lng: 200, accuracyM: -1 });
    expect(Object.keys(outOfRange.json().error.fields).sort()).toEqual(['accuracyM', 'lat', 'lng']);
    const unknown = await call('rep01', 'POST', url, { location: 'guessed' });
    expect(Object.keys(unknown.json().error.fields)).toEqual(['location']);
    expect((await ok('rep01', 'GET', `/api/visits/${v.id}`)).status).toBe('planned');

    const denied: Visit = await ok('rep01', 'POST', url, { location: 'denied' });
    expect(denied.checkIn).toMatchObject({ location: 'denied', lat: null, lng: null, accuracyM: null });
  });

  it('VIS-4: state transitions — no check-out before check-in, cancel only before the visit, with a reason', async () => {
    const v = await visitFor('rep01');
    const early = await call('rep01', 'POST', `/api/visits/${v.id}/check-out`, {
      location: 'denied',
      outcome: 'x',
    });
    expect(early.statusCode).toBe(409);
    const noReason = await call('rep01', 'POST', `/api/visits/${v.id}/cancel`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().error.fields)).toEqual(['reason']);
    // The supervisor (visit:write on their reps) may cancel a rep's planned visit.
    const cancelled: Visit = await ok('sup_east1', 'POST', `/api/visits/${v.id}/cancel`, {
      reason: '客户临时出差',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: '客户临时出差',
      cancelledByPlan: false,
    });
    expect(cancelled.actions).toEqual({
      prepare: false,
      checkIn: false,
      checkOut: false,
      cancel: false,
      people: false,
      photos: false,
    });
    expect((await call('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE)).statusCode).toBe(409);
    expect(await auditActions(v.id)).toEqual(['visit.create', 'visit.cancel']);

    const made = await visitFor('rep01');
    await ok('rep01', 'POST', `/api/visits/${made.id}/check-in`, HERE);
    expect(
      (await call('rep01', 'POST', `/api/visits/${made.id}/cancel`, { reason: '太晚了' })).statusCode,
    ).toBe(409);
  });

  it('VIS-4: the rep’s 待办 lists the visits to make today and the one under way, until it is made', async () => {
    const customerId = await customerOf('rep04');
    const v = await visitFor('rep04', customerId);
    const section = async () =>
      (await ok('rep04', 'GET', '/api/todo?limit=50')).sections.find(
        (s: { key: string }) => s.key === 'visits.toMake',
      );
    const before = await section();
    expect(before.items.map((i: { link: string }) => i.link)).toContain(`/visits/${v.id}`);
    const row = before.items.find((i: { link: string }) => i.link === `/visits/${v.id}`);
    expect(row.title['zh-CN']).toMatch(/^拜访客户：拜访测试客户/);
    expect(row.detail['zh-CN']).toBe('客户维护 · 预定 1.5 小时');
    expect(row.overdue).toBe(false);
    expect(row.dueAt).toBe('2026-03-02T15:59:59.999Z');
    await ok('rep04', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    expect(
      (await section()).items.find((i: { link: string }) => i.link === `/visits/${v.id}`).title['zh-CN'],
    ).toMatch(/^拜访签退：/);
    await ok('rep04', 'POST', `/api/visits/${v.id}/check-out`, { ...HERE, outcome: '顺利' });
    expect(((await section())?.items ?? []).map((i: { link: string }) => i.link)).not.toContain(
      `/visits/${v.id}`,
    );
  });
});
