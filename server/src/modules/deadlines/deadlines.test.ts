import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { Ctx } from '../../platform/context.js';
import { inTx } from '../../platform/context.js';
import { computeDueAt, localDate, localDayBounds } from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem } from '../../platform/deadlines/due-items.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { countDueItemsFor, firstDueItemsFor } from '../../platform/deadlines/queries.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { notifications } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('deadline engine', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const ctx: Ctx = {
    db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };

  async function open(username: string, title: string, dueAt: Date, subjectId = title) {
    const ownerId = await t.userId(username);
    const [owner] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    const ladder = await defaultLadder(db, t.clock.now());
    return inTx(ctx, (tx) =>
      openDueItem(tx, ctx, {
        kind: 'test.report',
        title,
        ownerId,
        unitId: owner!.unitId,
        subjectType: 'test_subject',
        subjectId,
        dueAt,
        rule: { amount: 2, unit: 'working_days' },
        ladder,
      }),
    );
  }

  async function runDeadlineJob() {
    // Signed in afresh each time: the clock jumps past the session's idle timeout.
    const admin = await t.login('admin');
    const res = await t.request('POST', '/api/jobs/deadlines.escalate/run', { cookie: admin, body: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().result).toBe('ok');
    return res.json();
  }

  async function noticesFor(username: string, subjectId: string) {
    return db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, await t.userId(username)), eq(notifications.subjectId, subjectId)));
  }

  it('ORG-4: advancing the business clock past a due time makes the item overdue, tells owner and superior, and counts for the to-do badge', async () => {
    const rep01 = await t.userId('rep01');
    const before = await countDueItemsFor(db, rep01, t.clock.now());
    const dueAt = new Date(t.clock.now().getTime() + 3 * DAY);
    const id = await open('rep01', 'Visit report A', dueAt);

    // Three days ahead: not yet due soon (default window 24 h), nothing sent.
    await runDeadlineJob();
    expect(await countDueItemsFor(db, rep01, t.clock.now())).toBe(before);
    expect(await noticesFor('rep01', 'Visit report A')).toHaveLength(0);

    // 23 hours before: the reminder rung fires for the owner only; the item is due soon.
    t.clock.advance(2 * DAY + HOUR);
    await runDeadlineJob();
    expect((await noticesFor('rep01', 'Visit report A')).map((n) => n.event)).toEqual(['deadline.reminder']);
    expect(await noticesFor('sup_east1', 'Visit report A')).toHaveLength(0);
    const soon = await firstDueItemsFor(db, rep01, { now: t.clock.now(), pageSize: 50 });
    expect(soon.items.find((i) => i.id === id)).toMatchObject({ isOverdue: false });
    expect(await countDueItemsFor(db, rep01, t.clock.now())).toBe(before + 1);

    // Past the due time: overdue, owner and direct superior told; still counted for the badge.
    t.clock.advance(23 * HOUR + 60_000);
    await runDeadlineJob();
    expect((await noticesFor('rep01', 'Visit report A')).map((n) => n.event).sort()).toEqual([
      'deadline.overdue',
      'deadline.reminder',
    ]);
    const sup = await noticesFor('sup_east1', 'Visit report A');
    expect(sup.map((n) => n.event)).toEqual(['deadline.overdue']);
    expect(sup[0]?.titleZh).toContain('Visit report A');
    expect(await noticesFor('manager_east', 'Visit report A')).toHaveLength(0);
    const mine = await firstDueItemsFor(db, rep01, { now: t.clock.now(), pageSize: 50 });
    expect(mine.items.find((i) => i.id === id)).toMatchObject({ isOverdue: true });
    expect(await countDueItemsFor(db, rep01, t.clock.now())).toBe(before + 1);
    const [row] = await db.select().from(dueItems).where(eq(dueItems.id, id));
    expect(row?.rungsFired).toBe(3);

    // Running again fires nothing twice.
    await runDeadlineJob();
    expect(await noticesFor('sup_east1', 'Visit report A')).toHaveLength(1);

    // ORG-3: two days later the next level up (the superior's superior) is told.
    t.clock.advance(2 * DAY);
    await runDeadlineJob();
    expect((await noticesFor('manager_east', 'Visit report A')).map((n) => n.event)).toEqual([
      'deadline.escalated',
    ]);
    expect(await noticesFor('rm_east', 'Visit report A')).toHaveLength(0);

    // Overdue list: the owner's superior sees it (scope), with days overdue in the company zone.
    const supCookie = await t.login('sup_east1');
    const list = await t.request('GET', `/api/deadlines/overdue?ownerId=${rep01}`, { cookie: supCookie });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ isOverdue: true, owner: { username: 'rep01' }, title: 'Visit report A' });
    expect(item.daysOverdue).toBe(2);

    // Every step is audited.
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(['open', 'escalate', 'escalate', 'escalate']);
  });

  it('ORG-4: the item closes when its subject event happens; no more escalation, gone from the lists', async () => {
    const rep02 = await t.userId('rep02');
    const dueAt = new Date(t.clock.now().getTime() + HOUR);
    const id = await open('rep02', 'Visit report B', dueAt, 'subject-B');
    expect(await countDueItemsFor(db, rep02, t.clock.now())).toBe(1);
    await inTx(ctx, (tx) =>
      closeDueItems(tx, ctx, {
        subjectType: 'test_subject',
        subjectId: 'subject-B',
        reason: 'report submitted',
      }),
    );
    const [row] = await db.select().from(dueItems).where(eq(dueItems.id, id));
    expect(row).toMatchObject({ status: 'closed', closedReason: 'report submitted' });
    t.clock.advance(2 * HOUR);
    await runDeadlineJob();
    expect(await noticesFor('rep02', 'subject-B')).toHaveLength(0);
    expect(await noticesFor('sup_east1', 'subject-B')).toHaveLength(0);
    expect(await countDueItemsFor(db, rep02, t.clock.now())).toBe(0);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['open', 'close']);
  });

  it('ORG-4: a due time counted in working days skips the National Day holiday', async () => {
    const from = new Date('2026-09-30T02:00:00Z');
    const dueAt = computeDueAt({ from, amount: 2, unit: 'working_days', endOfDay: true }, 'Asia/Shanghai');
    // Oct 1–7 are public holidays: the 2nd working day after Sep 30 is Fri Oct 9.
    expect(localDate(dueAt, 'Asia/Shanghai')).toBe('2026-10-09');
  });

  it('ORG-5: the overdue list is scoped; a rep sees only their own, another team sees nothing of it', async () => {
    const rep04 = await t.login('rep04');
    const res = await t.request('GET', '/api/deadlines/overdue', { cookie: rep04 });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((i: { owner: { username: string } }) => i.owner.username === 'rep04')).toBe(
      true,
    );
    const south = await t.login('manager_south');
    const southList = await t.request('GET', '/api/deadlines/overdue', { cookie: south });
    expect(southList.json().total).toBe(0);
    const director = await t.login('director');
    const all = await t.request('GET', '/api/deadlines/overdue?sort=owner', { cookie: director });
    expect(all.json().total).toBeGreaterThanOrEqual(1);
  });

  it('GET /api/deadlines/mine lists my open items; bad filters are refused with 400', async () => {
    const rep01 = await t.login('rep01');
    const mine = await t.request('GET', '/api/deadlines/mine', { cookie: rep01 });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.length).toBeGreaterThanOrEqual(1);
    const overdueOnly = await t.request('GET', '/api/deadlines/mine?overdueOnly=true', { cookie: rep01 });
    expect(overdueOnly.json().items.every((i: { isOverdue: boolean }) => i.isOverdue)).toBe(true);
    const bad = await t.request('GET', '/api/deadlines/overdue?unitId=nope&pageSize=0', { cookie: rep01 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['unitId', 'pageSize']));
    const badMine = await t.request('GET', '/api/deadlines/mine?overdueOnly=maybe', { cookie: rep01 });
    expect(badMine.statusCode).toBe(400);
  });
  it('ORG-4: my items of one kind due by the end of today (company clock) lead where 待办 leads', async () => {
    const rep01 = await t.userId('rep01');
    const [owner] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, rep01));
    const ladder = await defaultLadder(db, t.clock.now());
    const now = t.clock.now();
    const { end } = localDayBounds(now, 'Asia/Shanghai');
    const item = (subjectId: string, dueAt: Date, kind = 'test.today') =>
      inTx(ctx, (tx) =>
        openDueItem(tx, ctx, {
          kind,
          title: subjectId,
          ownerId: rep01,
          unitId: owner!.unitId,
          subjectType: 'follow_up',
          subjectId,
          dueAt,
          rule: { rule: 'CUS-8', customerId: 'c-1' },
          ladder,
        }),
      );
    await item('late', new Date(now.getTime() - DAY));
    await item('tonight', new Date(end.getTime() - 60_000));
    await item('tomorrow', new Date(end.getTime() + 60_000));
    await item('other-kind', new Date(now.getTime() + 60_000), 'test.other');
    const cookie = await t.login('rep01');
    const res = await t.request('GET', '/api/deadlines/mine?kind=test.today&dueBy=today', { cookie });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { subjectId: string; link: string | null; isOverdue: boolean }[];
    expect(items.map((i) => i.subjectId)).toEqual(['late', 'tonight']);
    expect(items.map((i) => i.isOverdue)).toEqual([true, false]);
    expect(items.every((i) => i.link === '/customers/c-1')).toBe(true);
    const bad = await t.request('GET', '/api/deadlines/mine?dueBy=tomorrow', { cookie });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['dueBy']);
  });
});
