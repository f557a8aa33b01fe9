import { and, eq, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { workCallers } from '../../../test/work-callers.js';
import { queryRows } from '../../db/client.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { on, registerDomainEventHandler } from '../../platform/events/domain-events.js';
import { notifications } from '../../platform/notifications/tables.js';
import { type ResolvedTicket, serviceTicketResolved } from './events.js';
import type { TTicket } from './schemas.js';

let t: TestApp;
let w: ReturnType<typeof workCallers>;
const resolved: ResolvedTicket[] = [];
const HOUR = 3_600_000;

/** A customer owned by a demo user, arranged straight in the database. */
async function customerOf(username: string, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
        select ${name}, ${`svc-${name}`}, 'B', 'existing', 'customer', u.unit_id, u.id from users u
        where u.username = ${username} returning id`,
  );
  return row!.id;
}

/** The titles (zh-CN) of a user's notices about a ticket. */
async function noticesOn(username: string, ticketId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ title: notifications.titleZh })
    .from(notifications)
    .where(and(eq(notifications.userId, await t.userId(username)), eq(notifications.subjectId, ticketId)));
  return rows.map((r) => r.title);
}

/** Notices with this text in the title (the deadline engine's notices name the subject item). */
async function noticesLike(username: string, text: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ title: notifications.titleZh })
    .from(notifications)
    .where(and(eq(notifications.userId, await t.userId(username)), like(notifications.titleZh, `%${text}%`)));
  return rows.map((r) => r.title);
}

const open = (user: string, body: Record<string, unknown>) =>
  w.ok<TTicket>(user, 'POST', '/api/service-tickets', { title: '设备无法启动', ...body });

beforeAll(async () => {
  t = await createTestApp();
  w = workCallers(t);
  registerDomainEventHandler(on(serviceTicketResolved, async (_tx, _ctx, p) => void resolved.push(p)));
});

describe('SVC-1/CUS-5: service tickets', () => {
  it('SVC-1: a repair ticket’s resolution deadline comes from the policy and escalates on the business clock when missed', async () => {
    await setPolicyValue(t, 'service.resolutionHours.repair', { low: 96, normal: 48, high: 10, urgent: 6 });
    const customerId = await customerOf('rep01', '维修测试客户');
    const start = t.clock.now();
    const ticket = await open('rep01', { type: 'repair', priority: 'high', customerId });
    expect(ticket.number).toMatch(/^FW-2026-\d{4}$/);
    expect(ticket.owner.username).toBe('rep01');
    const items = await t.database.db.select().from(dueItems).where(eq(dueItems.subjectId, ticket.id));
    const resolution = items.find((i) => i.kind === 'service_ticket.resolution')!;
    expect(resolution.dueAt.getTime()).toBe(start.getTime() + 10 * HOUR);
    // The response (leaving 新建) closes the response item only.
    await w.ok('rep01', 'POST', `/api/service-tickets/${ticket.id}/status`, {
      status: 'in_progress',
      minutes: 30,
    });
    const after = await t.database.db.select().from(dueItems).where(eq(dueItems.subjectId, ticket.id));
    expect(after.find((i) => i.kind === 'service_ticket.response')?.status).toBe('closed');
    expect(after.find((i) => i.kind === 'service_ticket.resolution')?.status).toBe('open');

    // Missed: the owner is told at the deadline, the superior service.superiorAfterHours (4) later.
    t.clock.advance(10 * HOUR + 60_000);
    await w.runDeadlines();
    expect((await noticesLike('rep01', ticket.number)).join()).toContain('解决逾期');
    expect(await noticesLike('sup_east1', ticket.number)).toEqual([]);
    const todo = await w.section('rep01', 'service.tickets');
    expect(todo?.items.find((i) => i.id === ticket.id)?.overdue).toBe(true);
    const overdueList = await w.ok('sup_east1', 'GET', '/api/service-tickets?overdue=true');
    expect(overdueList.items.map((r: { id: string }) => r.id)).toContain(ticket.id);
    for (const sort of ['priority', 'dueAt', 'status', 'number']) {
      const sorted = await w.ok('sup_east1', 'GET', `/api/service-tickets?sort=${sort}&order=desc`);
      expect(sorted.items.map((r: { id: string }) => r.id)).toContain(ticket.id);
    }
    const xlsx = await w.call('sup_east1', 'GET', '/api/service-tickets/export?overdue=true');
    expect(xlsx.statusCode).toBe(200);

    t.clock.advance(4 * HOUR);
    await w.runDeadlines();
    expect((await noticesLike('sup_east1', ticket.number)).join()).toContain('下属服务工单解决逾期');
    expect(await noticesLike('manager_east', ticket.number)).toEqual([]);
  });

  it('CUS-5: a rep of another team opens a ticket for a customer outside their scope and the owner is told', async () => {
    const customerId = await customerOf('rep01', '华东精密仪器有限公司');
    // The picker finds any customer by name, revealing its id and name only.
    const hits = await w.ok(
      'rep07',
      'GET',
      `/api/service-tickets/customers?q=${encodeURIComponent('精密仪器')}`,
    );
    const hit = hits.items.find((h: { id: string }) => h.id === customerId);
    expect(Object.keys(hit).sort()).toEqual(['id', 'name']);
    // The customer itself stays outside rep07's scope.
    expect((await w.call('rep07', 'GET', `/api/customers/${customerId}`)).statusCode).toBe(404);

    const ticket = await open('rep07', {
      type: 'installation',
      customerId,
      title: '客户来电：新设备需要上门安装',
    });
    expect(ticket.owner.username).toBe('rep01');
    expect(ticket.openedBy.username).toBe('rep07');
    expect(ticket.can.handle).toBe(false);
    expect((await noticesOn('rep01', ticket.id)).join()).toContain('华东精密仪器有限公司');
    const todo = await w.section('rep01', 'service.tickets');
    expect(JSON.stringify(todo)).toContain(ticket.number);

    // The opener reads it; another rep of that team does not; the opener cannot work it.
    expect((await w.call('rep07', 'GET', `/api/service-tickets/${ticket.id}`)).statusCode).toBe(200);
    expect((await w.call('rep08', 'GET', `/api/service-tickets/${ticket.id}`)).statusCode).toBe(404);
    const notTheirs = await w.call('rep07', 'POST', `/api/service-tickets/${ticket.id}/status`, {
      status: 'in_progress',
    });
    expect(notTheirs.statusCode).toBe(403);
    const timeline = await w.ok('rep01', 'GET', `/api/customers/${customerId}/timeline`);
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toContain('service_ticket.opened');
  });

  it('SVC-1: invalid transitions are refused with a clear error; resolving emits the event once; reopen and close', async () => {
    const customerId = await customerOf('rep02', '生命周期测试客户');
    const ticket = await open('rep02', { type: 'question', customerId });
    const url = `/api/service-tickets/${ticket.id}/status`;
    const early = await w.call('rep02', 'POST', url, { status: 'closed' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('SERVICE_TICKET_TRANSITION');
    expect(early.json().error.message).toContain('「新建」变为「已关闭」');
    const noResolution = await w.call('rep02', 'POST', url, { status: 'resolved' });
    expect(noResolution.statusCode).toBe(400);
    expect(noResolution.json().error.fields.resolution).toBeTruthy();

    await w.ok('rep02', 'POST', url, { status: 'waiting', note: '等客户发照片' });
    const before = resolved.length;
    const done = await w.ok<TTicket>('rep02', 'POST', url, {
      status: 'resolved',
      resolution: '电话指导客户重新设置参数',
      minutes: 20,
    });
    expect(done.status).toBe('resolved');
    expect(done.timeSpentMinutes).toBe(20);
    expect(resolved.length).toBe(before + 1);
    expect(resolved.at(-1)).toMatchObject({ ticketId: ticket.id, ownerId: await t.userId('rep02') });
    const again = await w.call('rep02', 'POST', url, { status: 'resolved', resolution: '再次' });
    expect(again.statusCode).toBe(409);
    expect(resolved.length).toBe(before + 1);
    const open2 = await t.database.db
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.subjectId, ticket.id), eq(dueItems.status, 'open')));
    expect(open2).toEqual([]);
    const timeline = await w.ok('rep02', 'GET', `/api/customers/${customerId}/timeline`);
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toContain('service_ticket.resolved');

    // Reopening opens a new resolution deadline; closing ends it.
    const reopened = await w.ok<TTicket>('rep02', 'POST', url, {
      status: 'in_progress',
      note: '客户反馈问题复现',
    });
    expect(reopened.dueAt).not.toBeNull();
    await w.ok('rep02', 'POST', url, { status: 'resolved', resolution: '更换主板' });
    const closed = await w.ok<TTicket>('rep02', 'POST', url, { status: 'closed' });
    expect(closed.can.next).toEqual([]);
    expect(closed.history.filter((h) => h.kind === 'service_ticket.status')).toHaveLength(5);
    const audits = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity = 'service_ticket' and entity_id = ${ticket.id} order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'service_ticket.create',
      'service_ticket.wait',
      'service_ticket.resolve',
      'service_ticket.reopen',
      'service_ticket.resolve',
      'service_ticket.close',
    ]);
  });

  it('SVC-1/Q2C-8: a return/exchange ticket starts a return on its contract, once', async () => {
    const customerId = await customerOf('rep03', '退货测试客户');
    const { contract } = await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep03',
      customerId,
      amountFen: 5_000_000n,
      signedOn: '2026-02-01',
    });
    const ticket = await open('rep03', {
      type: 'return',
      customerId,
      contractId: contract.id,
      title: '到货破损要求退货',
    });
    expect(ticket.can.startReturn).toBe(true);
    const started = await w.ok<TTicket>('rep03', 'POST', `/api/service-tickets/${ticket.id}/return`, {
      kind: 'return',
      creditFen: '120000',
    });
    expect(started.returnId).not.toBeNull();
    expect(started.can.startReturn).toBe(false);
    const ret = await w.ok('rep03', 'GET', `/api/returns/${started.returnId}`);
    expect(ret.status).toBe('draft');
    expect(ret.creditFen).toBe('120000');
    const twice = await w.call('rep03', 'POST', `/api/service-tickets/${ticket.id}/return`, {
      kind: 'return',
      creditFen: '0',
    });
    expect(twice.json().error.code).toBe('SERVICE_TICKET_NOT_RETURN');
    const repair = await open('rep03', { type: 'repair', customerId });
    expect(repair.can.startReturn).toBe(false);
  });
});
