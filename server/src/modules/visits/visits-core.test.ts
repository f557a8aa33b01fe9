import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { setPolicy } from '../../platform/policies/write.js';
import { schedulePlannedVisits } from './schedule-planned-visits.js';

/** A 1×1 PNG, as a phone camera's image would arrive (content, not just the name, says PNG). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const HERE = { location: 'ok', lat: 31.2304, lng: 121.4737, accuracyM: 20.4 };

type Visit = {
  id: string;
  status: string;
  preApproval: string;
  checkIn: {
    at: string;
    location: string;
    lat: number | null;
    lng: number | null;
    accuracyM: number | null;
  } | null;
  checkOut: { at: string; location: string; lat: number | null } | null;
  minutesSpent: number | null;
  actions: Record<string, boolean>;
  people: { id: string; name: string; title: string | null; contactId: string | null }[];
  photos: { id: string; fileName: string; mimeType: string }[];
};

describe('visits: planned, prepared, made (VIS-4)', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const as = async (u: string) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return cookies.get(u)!;
  };
  const call = async (u: string, method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
    t.request(method, url, { cookie: await as(u), ...(body !== undefined ? { body } : {}) });
  const ok = async (u: string, method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, `${method} ${url} as ${u}: ${res.body}`).toBe(200);
    return res.json();
  };
  /** Moves the business clock; sessions idle that long have ended, so everyone signs in again. */
  const advance = (ms: number) => {
    t.clock.advance(ms);
    cookies.clear();
  };
  let n = 0;
  const customerOf = async (u: string) => {
    n += 1;
    const created = await ok(u, 'POST', '/api/customers', {
      name: `拜访测试客户${n}号有限公司`,
      level: 'B',
      contact: { name: `联系人${n}`, title: '采购经理', phones: [`1380000${String(1000 + n)}`] },
    });
    return created.customer.id as string;
  };
  const today = '2026-03-02';
  const visitFor = async (u: string, customerId?: string): Promise<Visit> =>
    ok(u, 'POST', '/api/visits', {
      customerId: customerId ?? (await customerOf(u)),
      purpose: 'maintenance',
      plannedOn: today,
      plannedMinutes: 90,
      note: '季度回访',
    });
  const ctxOf = (actor: Ctx['actor']): Ctx => ({
    db: t.database.db,
    clock: t.clock,
    actor,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  });
  const auditActions = async (id: string) =>
    (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((r) => r.action);

  it('VIS-4: a rep plans an ad hoc visit to their own customer: planned, theirs, with the actions they may take', async () => {
    const v = await visitFor('rep01');
    expect(v).toMatchObject({
      status: 'planned',
      purpose: 'maintenance',
      plannedOn: today,
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
    expect(now.plannedOn).toBe(today);
  });

  it('VIS-4: the customer must be one the rep works on; the date not in the past; bad input is a field error', async () => {
    const others = await customerOf('rep02');
    const refused = await call('rep01', 'POST', '/api/visits', {
      customerId: others,
      purpose: 'maintenance',
      plannedOn: today,
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
      plannedOn: today,
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
        plannedOn: today,
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

  it('VIS-4: preparing without expense, gift or entertainment needs no pre-approval; the contact time cannot be in the future', async () => {
    const v = await visitFor('rep01');
    const future = await call('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-03T01:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['contactedAt']);
    const prepared = await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
      itemsToCarry: '样品两件、产品手册',
      expenseFen: '0',
    });
    expect(prepared).toMatchObject({
      status: 'prepared',
      preApproval: 'none',
      preApprovalNeeded: false,
      contactName: '王经理',
      itemsToCarry: '样品两件、产品手册',
    });
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    expect(h.rounds).toEqual([]);
    // Only the rep prepares their visit.
    const bySup = await call('sup_east1', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
    });
    expect(bySup.json().error.code).toBe('VISIT_NOT_OWN');
  });

  it('VIS-4: an expense, gift or entertainment goes to the direct superior for pre-approval, shows in their 待办, and the visit keeps the outcome', async () => {
    const customerId = await customerOf('rep01');
    const v = await visitFor('rep01', customerId);
    const asked = await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
      expenseFen: '50000',
      giftNote: '茶叶一盒',
      entertainmentNote: '工作午餐',
    });
    expect(asked).toMatchObject({ status: 'prepared', preApproval: 'pending', expenseFen: '50000' });
    expect(asked.actions).toMatchObject({ prepare: false, checkIn: true, cancel: true });
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    expect(h.rounds[0].steps.map((s: { approver: { username: string } }) => s.approver.username)).toEqual([
      'sup_east1',
    ]);
    // Locked while pending.
    const locked = await call('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
    });
    expect(locked.json().error.code).toBe('RECORD_LOCKED_PENDING_APPROVAL');

    const todo = await ok('sup_east1', 'GET', '/api/todo?limit=50');
    const waiting = todo.sections.find((s: { key: string }) => s.key === 'approvals.waiting');
    const row = waiting.items.find((i: { link: string }) => i.link === `/visits/${v.id}`);
    expect(row).toMatchObject({ subject: expect.stringContaining('拜访测试客户'), amountFen: '50000' });
    expect(row.title['zh-CN']).toMatch(/^审批拜访费用与礼品招待预批：/);
    expect(row.detail['zh-CN']).toContain('费用 · 礼品：茶叶一盒 · 招待：工作午餐');

    await ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    const approved = await ok('rep01', 'GET', `/api/visits/${v.id}`);
    expect(approved).toMatchObject({ preApproval: 'approved', preApprovalNeeded: true });
    // What was approved stays as approved; the contact may still be updated.
    const more = await call('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
      expenseFen: '90000',
      giftNote: '茶叶一盒',
      entertainmentNote: '工作午餐',
    });
    expect(more.statusCode).toBe(409);
    expect(more.json().error.code).toBe('VISIT_PRE_APPROVED_FIXED');
    const again = await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '李主任',
      contactedAt: '2026-03-01T07:00:00Z',
      expenseFen: '50000',
      giftNote: '茶叶一盒',
      entertainmentNote: '工作午餐',
    });
    expect(again).toMatchObject({ contactName: '李主任', preApproval: 'approved' });
  });

  it('VIS-4: a rejected pre-approval stays on the visit; preparing again submits a new round; cancelling withdraws a pending one', async () => {
    const v = await visitFor('rep01');
    const prep = { contactName: '王经理', contactedAt: '2026-03-01T06:00:00Z', giftNote: '月饼' };
    await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, prep);
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    await ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/reject`, { comment: '不合规定' });
    expect((await ok('rep01', 'GET', `/api/visits/${v.id}`)).preApproval).toBe('rejected');
    expect((await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, prep)).preApproval).toBe('pending');
    // The supervisor cannot cancel while it waits for a decision; the rep's cancel withdraws it.
    const bySup = await call('sup_east1', 'POST', `/api/visits/${v.id}/cancel`, { reason: '不去了' });
    expect(bySup.json().error.code).toBe('RECORD_LOCKED_PENDING_APPROVAL');
    const cancelled = await ok('rep01', 'POST', `/api/visits/${v.id}/cancel`, { reason: '客户改期' });
    expect(cancelled).toMatchObject({ status: 'cancelled', preApproval: 'none' });
    const after = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    expect(after.rounds.map((r: { status: string }) => r.status)).toEqual(['withdrawn', 'rejected']);
  });

  it('VIS-4: photos — images only, once the visit is under way; listed, shown inline, removed with an audit row', async () => {
    const v = await visitFor('rep01');
    const upload = async (file: { fileName: string; content: Buffer | string; mimeType?: string }) => {
      const { payload, headers } = multipartBody(file);
      return t.app.inject({
        method: 'POST',
        url: `/api/visits/${v.id}/photos`,
        payload,
        headers: { ...headers, cookie: await as('rep01') },
      });
    };
    const early = await upload({ fileName: '门头.png', content: PNG, mimeType: 'image/png' });
    expect(early.statusCode).toBe(409);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    const text = await upload({
      fileName: 'notes.png',
      content: 'not an image at all',
      mimeType: 'image/png',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields.file).toMatch(/只能上传照片/);
    const photo = await upload({ fileName: '门头.png', content: PNG, mimeType: 'application/octet-stream' });
    expect(photo.statusCode, photo.body).toBe(200);
    expect(photo.json()).toMatchObject({ purpose: 'photo', fileName: '门头.png', mimeType: 'image/png' });
    const detail: Visit = await ok('rep01', 'GET', `/api/visits/${v.id}`);
    expect(detail.photos.map((p) => p.fileName)).toEqual(['门头.png']);
    const shown = await call('sup_east1', 'GET', `/api/visits/${v.id}/photos/${detail.photos[0]!.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.headers['content-disposition']).toMatch(/^inline/);
    expect(
      (await call('rep02', 'GET', `/api/visits/${v.id}/photos/${detail.photos[0]!.id}`)).statusCode,
    ).toBe(404);

    await ok('rep01', 'DELETE', `/api/visits/${v.id}/photos/${detail.photos[0]!.id}`);
    expect((await ok('rep01', 'GET', `/api/visits/${v.id}/photos`)).items).toEqual([]);
    const removed = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, detail.photos[0]!.id), eq(auditLog.action, 'file.remove')));
    expect(removed).toHaveLength(1);
  });

  it('VIS-4: people met — a contact of the customer or a typed name and title; removed again', async () => {
    const customerId = await customerOf('rep01');
    const contacts = await ok('rep01', 'GET', `/api/customers/${customerId}/contacts`);
    const v = await visitFor('rep01', customerId);
    const before = await call('rep01', 'POST', `/api/visits/${v.id}/people`, { name: '张三' });
    expect(before.statusCode).toBe(409);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, { location: 'unavailable' });
    const nobody = await call('rep01', 'POST', `/api/visits/${v.id}/people`, { title: '厂长' });
    expect(Object.keys(nobody.json().error.fields)).toEqual(['name']);
    const stranger = await call('rep01', 'POST', `/api/visits/${v.id}/people`, {
      contactId: (await ok('rep02', 'GET', `/api/customers/${await customerOf('rep02')}/contacts`)).items[0]
        .id,
    });
    expect(Object.keys(stranger.json().error.fields)).toEqual(['contactId']);
    await ok('rep01', 'POST', `/api/visits/${v.id}/people`, { contactId: contacts.items[0].id });
    advance(60_000);
    const both: Visit = await ok('rep01', 'POST', `/api/visits/${v.id}/people`, {
      name: '赵厂长',
      title: '厂长',
    });
    expect(both.people.map((p) => [p.name, p.title, p.contactId])).toEqual([
      [contacts.items[0].name, '采购经理', contacts.items[0].id],
      ['赵厂长', '厂长', null],
    ]);
    const left: Visit = await ok('rep01', 'DELETE', `/api/visits/${v.id}/people/${both.people[1]!.id}`);
    expect(left.people.map((p) => p.name)).toEqual([contacts.items[0].name]);
    expect(await auditActions(v.id)).toEqual([
      'visit.create',
      'visit.checkIn',
      'visit.person.add',
      'visit.person.add',
      'visit.person.remove',
    ]);
  });

  it('CUS-8: the visit shows on the customer’s timeline — check-in with its position, the visit made with its outcome', async () => {
    const customerId = await customerOf('rep01');
    const v = await visitFor('rep01', customerId);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    advance(2 * 3_600_000);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-out`, {
      location: 'denied',
      outcome: '确认了新品试用',
    });
    const timeline = await ok('rep01', 'GET', `/api/customers/${customerId}/timeline`);
    const visitEvents = timeline.items.filter((e: { kind: string }) => e.kind.startsWith('visit.'));
    expect(visitEvents.map((e: { kind: string }) => e.kind)).toEqual(['visit.done', 'visit.checkedIn']);
    expect(visitEvents[1].summary['zh-CN']).toBe(
      '赵磊 到访签到（客户维护），位置 31.23040, 121.47370（±20 米）',
    );
    expect(visitEvents[0].summary['zh-CN']).toBe(
      '赵磊 完成拜访（客户维护），停留 2.0 小时，签退未获取位置：已拒绝',
    );
    expect(visitEvents[0]).toMatchObject({
      refType: 'visit',
      refId: v.id,
      data: { content: '确认了新品试用' },
    });
  });

  it('ORG-5: a rep reads their own visits, the supervisor their reps’, others get 404; the list filters in SQL', async () => {
    const customerId = await customerOf('rep03');
    const v = await visitFor('rep03', customerId);
    expect((await call('rep02', 'GET', `/api/visits/${v.id}`)).statusCode).toBe(404);
    expect((await call('sup_east2', 'GET', `/api/visits/${v.id}`)).statusCode).toBe(404);
    expect((await call('rep02', 'POST', `/api/visits/${v.id}/cancel`, { reason: 'x' })).statusCode).toBe(404);
    const bySup = await ok('sup_east1', 'GET', `/api/visits/${v.id}`);
    expect(bySup.actions).toMatchObject({ checkIn: false, cancel: true });
    // The assistant reads the unit's visits but does not change them.
    const byAssistant = await ok('assistant_east', 'GET', `/api/visits/${v.id}`);
    expect(byAssistant.actions.cancel).toBe(false);
    expect(
      (await call('assistant_east', 'POST', `/api/visits/${v.id}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(403);

    const mine = await ok('rep03', 'GET', '/api/visits?pageSize=200');
    expect(mine.items.every((i: { rep: { username: string } }) => i.rep.username === 'rep03')).toBe(true);
    const team = await ok('sup_east1', 'GET', `/api/visits?customerId=${customerId}`);
    expect(team.items.map((i: { id: string }) => i.id)).toEqual([v.id]);
    const rep01 = await t.userId('rep01');
    const ofRep01 = await ok('sup_east1', 'GET', `/api/visits?repId=${rep01}&pageSize=200`);
    expect(ofRep01.total).toBeGreaterThan(0);
    expect(ofRep01.items.every((i: { rep: { username: string } }) => i.rep.username === 'rep01')).toBe(true);
    const south = await ok('sup_south1', 'GET', `/api/visits?repId=${rep01}`);
    expect(south.total).toBe(0);
    const planned = await ok('rep03', 'GET', '/api/visits?status=planned&today=true&purpose=maintenance');
    expect(planned.items.map((i: { id: string }) => i.id)).toContain(v.id);
    const tomorrow = await ok('rep03', 'GET', '/api/visits?from=2026-03-03');
    expect(tomorrow.items.map((i: { id: string }) => i.id)).not.toContain(v.id);
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

  it('VIS-1/VIS-2: approved plan lines become planned visits; a change moves a planned one and cancels a removed one', async () => {
    const rep = await t.userId('rep05');
    const c1 = await customerOf('rep05');
    const c2 = await customerOf('rep05');
    const unitId: string = (await ok('rep05', 'GET', '/api/me')).unit.id;
    const ctx = ctxOf(null);
    const line1 = '00000000-0000-4000-8000-000000000001';
    const line2 = '00000000-0000-4000-8000-000000000002';
    await inTx(ctx, (tx) =>
      schedulePlannedVisits(tx, ctx, {
        repId: rep,
        unitId,
        lines: [
          {
            lineId: line1,
            customerId: c1,
            purpose: 'coverage',
            plannedOn: '2026-03-10',
            plannedMinutes: 120,
            note: null,
          },
          {
            lineId: line2,
            customerId: c2,
            purpose: 'new_product',
            plannedOn: '2026-03-11',
            plannedMinutes: 60,
            note: null,
          },
        ],
      }),
    );
    const list = await ok('rep05', 'GET', '/api/visits?from=2026-03-10&to=2026-03-11');
    expect(list.items.map((i: { planned: boolean; plannedOn: string }) => [i.planned, i.plannedOn])).toEqual([
      [true, '2026-03-10'],
      [true, '2026-03-11'],
    ]);
    await inTx(ctx, (tx) =>
      schedulePlannedVisits(tx, ctx, {
        repId: rep,
        unitId,
        lines: [
          {
            lineId: line1,
            customerId: c1,
            purpose: 'coverage',
            plannedOn: '2026-03-12',
            plannedMinutes: 120,
            note: null,
          },
        ],
        removedLineIds: [line2],
      }),
    );
    const moved = await ok('rep05', 'GET', `/api/visits?customerId=${c1}`);
    expect(moved.items[0].plannedOn).toBe('2026-03-12');
    const gone = await ok('rep05', 'GET', `/api/visits?customerId=${c2}`);
    const detail = await ok('rep05', 'GET', `/api/visits/${gone.items[0].id}`);
    expect(detail).toMatchObject({ status: 'cancelled', cancelledByPlan: true, cancelReason: null });
  });

  it('ORG-5: the visit list exports in the reader’s scope, audited', async () => {
    const res = await call('sup_east1', 'GET', '/api/visits/export?status=done');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'export'), eq(auditLog.action, 'visits.export')));
    expect(rows).toHaveLength(1);
  });
});
