import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { deadlineJob } from '../../platform/deadlines/job.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';
import { insertCustomer } from '../customers/index.js';
import { greetingJob } from './job.js';

describe('CUS-7 greetings job', async () => {
  const t = await createTestApp();
  const ctx: Ctx = {
    db: t.database.db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  /** A customer (or lead) owned by `owner`, with one contact. */
  const makeCustomer = async (
    owner: string,
    name: string,
    contact: { name: string; birthday?: string },
    lifecycle: 'lead' | 'customer' = 'customer',
  ) => {
    const [user] = await t.database.db
      .select({ id: users.id, unitId: users.unitId })
      .from(users)
      .where(eq(users.username, owner));
    return inTx(ctx, (tx) =>
      insertCustomer(
        tx,
        ctx,
        {
          name,
          type: 'existing',
          level: 'B',
          source: 'other',
          tags: [],
          contact: { name: contact.name, gender: 'unknown', phones: [], birthday: contact.birthday ?? null },
        },
        { ownerId: user!.id, unitId: user!.unitId, lifecycle, change: 'create' },
      ),
    );
  };
  const runAt = async (at: string) => {
    t.clock.set(new Date(at));
    const outcome = await executeJob(t.database.db, t.clock, greetingJob, t.clock.now(), 'test');
    expect(outcome.result, outcome.message ?? '').toBe('ok');
    return outcome.message;
  };
  const greetingsOf = async (username: string) => {
    const ownerId = await t.userId(username);
    return t.database.db
      .select({
        title: dueItems.title,
        subjectId: dueItems.subjectId,
        dueAt: dueItems.dueAt,
        status: dueItems.status,
        closedReason: dueItems.closedReason,
      })
      .from(dueItems)
      .where(and(eq(dueItems.kind, 'greeting'), eq(dueItems.ownerId, ownerId)))
      .orderBy(dueItems.dueAt, dueItems.subjectId);
  };
  const customersOwned = async (username: string) => {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from customers
          where owner_id = ${await t.userId(username)} and lifecycle = 'customer'`,
    );
    return row!.n;
  };

  it('CUS-7: a birthday to-do for the owner N days before (09:00 on the day); one festival to-do per owner, lunar dates by calendar; never twice', async () => {
    await makeCustomer('rep01', '华东精密', { name: '陈经理', birthday: '1980-09-23' });
    await makeCustomer('rep01', '苏州机电', { name: '刘总', birthday: '1975-09-30' });
    await makeCustomer('rep01', '宁波五金', { name: '何工' });
    // 21 Sep 2026, 10:00 in Shanghai: Mid-Autumn (lunar 8/15) is 25 Sep, 4 days ahead — not yet.
    await runAt('2026-09-21T02:00:00Z');
    let items = await greetingsOf('rep01');
    expect(items.map((i) => i.title)).toEqual(['生日问候 / Birthday: 陈经理（华东精密）']);
    expect(items[0]!.dueAt.toISOString()).toBe('2026-09-23T01:00:00.000Z');
    expect(items[0]!.subjectId).toMatch(/^[0-9a-f-]{36}:birthday:2026-09-23$/);

    // 22 Sep: three days before Mid-Autumn — one to-do for all of rep01's customers.
    await runAt('2026-09-22T02:00:00Z');
    items = await greetingsOf('rep01');
    const n = await customersOwned('rep01');
    const festival = items.find((i) => i.subjectId.includes(':midAutumn:'));
    expect(festival).toMatchObject({
      title: `中秋节问候：您负责的 ${n} 位客户 / Mid-Autumn Festival greetings: ${n} customers`,
      subjectId: `${await t.userId('rep01')}:midAutumn:2026-09-25`,
      status: 'open',
    });
    expect(festival!.dueAt.toISOString()).toBe('2026-09-25T01:00:00.000Z');
    expect(items.filter((i) => i.title.startsWith('生日问候'))).toHaveLength(1);
    // The owner is reminded when the greeting comes up (the deadline job fires the reminder rung).
    await executeJob(t.database.db, t.clock, deadlineJob, t.clock.now(), 'test');
    const notices = await t.database.db
      .select({ title: notifications.titleZh })
      .from(notifications)
      .where(eq(notifications.userId, await t.userId('rep01')));
    expect(notices.map((x) => x.title)).toContain(
      `即将到期：中秋节问候：您负责的 ${n} 位客户 / Mid-Autumn Festival greetings: ${n} customers`,
    );

    // The same day again (a run-now): nothing new.
    await runAt('2026-09-22T05:00:00Z');
    expect(await greetingsOf('rep01')).toHaveLength(items.length);

    // 27 Sep: the 23rd and 25th have passed (their to-dos close); 刘总's birthday on the 30th comes up.
    await runAt('2026-09-27T02:00:00Z');
    items = await greetingsOf('rep01');
    expect(items.filter((i) => i.status === 'open').map((i) => i.title)).toEqual([
      '生日问候 / Birthday: 刘总（苏州机电）',
    ]);
    expect(
      items.filter((i) => i.status === 'closed').every((i) => i.closedReason === 'occasion_passed'),
    ).toBe(true);
    // 28 Sep: National Day (1 Oct) is three days ahead.
    await runAt('2026-09-28T02:00:00Z');
    expect((await greetingsOf('rep01')).map((i) => i.subjectId)).toContain(
      `${await t.userId('rep01')}:nationalDay:2026-10-01`,
    );
  });

  it('CUS-7: owners with only leads get no festival to-do; missed days are caught up while the occasion is ahead', async () => {
    await makeCustomer('rep11', '线索公司', { name: '郭先生' }, 'lead');
    expect(await customersOwned('rep11')).toBe(0);
    // 4 Feb 2027, 10:00 Shanghai: Spring Festival 2027 is 6 Feb (lunar 1/1), two days ahead.
    await runAt('2027-02-04T02:00:00Z');
    expect((await greetingsOf('rep11')).filter((i) => i.subjectId.includes('springFestival'))).toEqual([]);
    const rep01 = await greetingsOf('rep01');
    expect(rep01.map((i) => i.subjectId)).toContain(`${await t.userId('rep01')}:springFestival:2027-02-06`);
  });

  it('CUS-7: only the festivals the policy lists', async () => {
    t.clock.set(new Date('2027-06-01T02:00:00Z'));
    const res = await t.request('PUT', '/api/policies/customer.greetingFestivals', {
      cookie: await t.login('admin'),
      body: { value: ['newYear', 'springFestival', 'midAutumn', 'nationalDay'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    // Dragon Boat 2027 (lunar 5/5) is 9 June: three days before, nothing for it.
    await runAt('2027-06-06T02:00:00Z');
    expect((await greetingsOf('rep01')).some((i) => i.subjectId.includes('dragonBoat'))).toBe(false);
  });
});
