import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notifications/tables.js';
import { units, users } from '../../platform/org/tables.js';
import { timelineEvents } from '../../platform/timeline/tables.js';
import { poolSweepJob } from './pool/pool-sweep-job.js';
import { customerOwnershipLog, customers } from './tables.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Test customers go straight into the table (the customer CRUD is not what is under test here). */
function customerFactory(t: TestApp) {
  let n = 0;
  return async (
    opts: {
      name?: string;
      pinyin?: string;
      phone?: string;
      level?: string;
      industry?: string;
      owner?: string | null;
      unit?: string;
      previousOwner?: string;
      pooledAt?: Date;
      ownedSince?: Date;
      lastFollowUpAt?: Date;
    } = {},
  ) => {
    n += 1;
    const db = t.database.db;
    const ownerId = opts.owner ? await t.userId(opts.owner) : null;
    const [ownerRow] = ownerId
      ? await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId))
      : [];
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.code, opts.unit ?? 'EAST-T1'));
    const name = opts.name ?? `测试客户${n}号有限公司`;
    const now = t.clock.now();
    const [row] = await db
      .insert(customers)
      .values({
        name,
        nameKey: name.toLowerCase(),
        namePinyin: opts.pinyin ?? '',
        phone: opts.phone ?? null,
        industry: opts.industry ?? null,
        level: opts.level ?? 'C',
        unitId: ownerRow?.unitId ?? unit!.id,
        ownerId,
        ownedSince: ownerId ? (opts.ownedSince ?? now) : null,
        lastFollowUpAt: opts.lastFollowUpAt ?? null,
        pooledAt: ownerId ? null : (opts.pooledAt ?? now),
        previousOwnerId: opts.previousOwner ? await t.userId(opts.previousOwner) : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: customers.id });
    return row!.id;
  };
}

/** Session cookies per user; signed in again once the business clock has moved (sessions time out). */
function sessions(t: TestApp) {
  const cookies: Record<string, { cookie: string; at: number }> = {};
  return async (u: string) => {
    const now = t.clock.now().getTime();
    const held = cookies[u];
    if (held && held.at === now) return held.cookie;
    const cookie = await t.login(u);
    cookies[u] = { cookie, at: now };
    return cookie;
  };
}

async function ownerOf(t: TestApp, id: string) {
  const [row] = await t.database.db
    .select({
      ownerId: customers.ownerId,
      previousOwnerId: customers.previousOwnerId,
      unitId: customers.unitId,
    })
    .from(customers)
    .where(eq(customers.id, id));
  return row!;
}

async function noticesFor(t: TestApp, username: string, subjectId: string) {
  return t.database.db
    .select({ event: notifications.event, title: notifications.titleZh })
    .from(notifications)
    .where(and(eq(notifications.userId, await t.userId(username)), eq(notifications.subjectId, subjectId)));
}

describe('public pool (公海): claim, release, reassignment', async () => {
  const t = await createTestApp();
  const as = sessions(t);
  const makeCustomer = customerFactory(t);
  const claim = async (user: string, id: string) =>
    t.request('POST', `/api/customers/${id}/claim`, { cookie: await as(user) });

  it('CUS-1: the pool lists every unowned customer company-wide, with filters by name, pinyin, phone and level', async () => {
    const east = await makeCustomer({
      name: '北京华宇科技有限公司',
      pinyin: 'bjhykj beijinghuayukeji',
      level: 'A',
    });
    const south = await makeCustomer({
      name: '广州南方贸易公司',
      unit: 'SOUTH-T1',
      phone: '02088886666',
      level: 'B',
    });
    const owned = await makeCustomer({ name: '有主客户', owner: 'rep05' });
    const all = await t.request('GET', '/api/customers/pool?pageSize=200', { cookie: await as('rep01') });
    expect(all.statusCode).toBe(200);
    const ids = all.json().items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([east, south]));
    expect(ids).not.toContain(owned);
    const byPinyin = await t.request('GET', '/api/customers/pool?q=bjhy', { cookie: await as('rep01') });
    expect(byPinyin.json().items.map((i: { id: string }) => i.id)).toEqual([east]);
    const byPhone = await t.request('GET', '/api/customers/pool?q=8888666', { cookie: await as('rep07') });
    expect(byPhone.json().items).toMatchObject([
      { id: south, unit: { name: '华南一组' }, claimableFrom: null },
    ]);
    const byLevel = await t.request('GET', '/api/customers/pool?level=A', { cookie: await as('rep01') });
    expect(byLevel.json().items.map((i: { id: string }) => i.id)).toEqual([east]);
    const sorted = await t.request('GET', '/api/customers/pool?sort=level&order=asc', {
      cookie: await as('rep01'),
    });
    expect(sorted.json().items[0].level).toBe('A');
  });

  it('CUS-1: a claim makes the rep the owner in their unit, with a log row, a timeline event and an audit row', async () => {
    const id = await makeCustomer({ unit: 'SOUTH-T2' });
    const res = await claim('rep01', id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      owner: { username: 'rep01' },
      unit: { name: '华东一组' },
      pooledAt: null,
    });
    const log = await t.database.db
      .select()
      .from(customerOwnershipLog)
      .where(eq(customerOwnershipLog.customerId, id));
    expect(log).toMatchObject([{ change: 'claim', fromUserId: null, toUserId: await t.userId('rep01') }]);
    const events = await t.database.db.select().from(timelineEvents).where(eq(timelineEvents.subjectId, id));
    expect(events.map((e) => e.kind)).toEqual(['ownership.claim']);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['customer.claim']);
    // Now it is rep01's: out of the pool, and a second claim is refused.
    const again = await claim('rep02', id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('POOL_CUSTOMER_TAKEN');
  });

  it('CUS-1: the daily claim cap holds for the business day in the company time zone', async () => {
    const quota0 = await t.request('GET', '/api/customers/pool/quota', { cookie: await as('rep02') });
    expect(quota0.json()).toMatchObject({ claimsToday: 0, dailyCap: 5, owned: 0, ownedCap: 300 });
    for (let i = 0; i < 5; i++) expect((await claim('rep02', await makeCustomer())).statusCode).toBe(200);
    const sixth = await makeCustomer();
    const refused = await claim('rep02', sixth);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('POOL_DAILY_CLAIM_CAP');
    expect(refused.json().error.message).toBe('今日从公海领取的客户数已达上限');
    const quota = await t.request('GET', '/api/customers/pool/quota', { cookie: await as('rep02') });
    expect(quota.json()).toMatchObject({ claimsToday: 5, dailyCap: 5, owned: 5 });
    // 16:30 UTC is already 00:30 the next day in Asia/Shanghai: a new business day, a fresh cap.
    const start = t.clock.now();
    t.clock.set(new Date(`${start.toISOString().slice(0, 10)}T16:30:00Z`));
    expect((await claim('rep02', sixth)).statusCode).toBe(200);
    t.clock.set(new Date(start.getTime() + DAY));
  });

  it('CUS-1: a previous owner waits reclaimWaitDays before taking a customer back; others may claim it at once', async () => {
    const id = await makeCustomer({ owner: 'rep03' });
    const released = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('rep03'),
      body: { reason: '客户暂无需求' },
    });
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({ owner: null });
    expect(await ownerOf(t, id)).toMatchObject({ ownerId: null, previousOwnerId: await t.userId('rep03') });
    const row = (await t.request('GET', '/api/customers/pool?pageSize=200', { cookie: await as('rep03') }))
      .json()
      .items.find((i: { id: string }) => i.id === id);
    const waitEnds = new Date(t.clock.now().getTime() + 30 * DAY).toISOString();
    expect(row).toMatchObject({ previousOwner: { username: 'rep03' }, claimableFrom: waitEnds });
    const early = await claim('rep03', id);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('POOL_RECLAIM_WAIT');
    t.clock.advance(30 * DAY - HOUR);
    expect((await claim('rep03', id)).json().error.code).toBe('POOL_RECLAIM_WAIT');
    t.clock.advance(HOUR);
    expect((await claim('rep03', id)).statusCode).toBe(200);
    // Someone else never waits.
    const other = await makeCustomer({ previousOwner: 'rep03', pooledAt: t.clock.now() });
    expect((await claim('rep06', other)).statusCode).toBe(200);
  });

  it('CUS-1: the owned cap holds on claim and on reassignment', async () => {
    const now = t.clock.now();
    const rep09 = await t.userId('rep09');
    const [unit] = await t.database.db
      .select({ unitId: users.unitId })
      .from(users)
      .where(eq(users.id, rep09));
    await t.database.db.insert(customers).values(
      Array.from({ length: 300 }, (_, i) => ({
        name: `满额客户${i}`,
        nameKey: `满额客户${i}`,
        level: 'A',
        unitId: unit!.unitId,
        ownerId: rep09,
        ownedSince: now,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const id = await makeCustomer({ unit: 'SOUTH-T1' });
    const res = await claim('rep09', id);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('CUSTOMER_OWNED_CAP');
    expect(res.json().error.fields.ownerId).toContain('300');
    const assign = await t.request('POST', `/api/customers/${id}/reassign`, {
      cookie: await as('manager_south'),
      body: { ownerId: rep09, reason: '区域调整' },
      lang: 'en',
    });
    expect(assign.statusCode).toBe(422);
    expect(assign.json().error.code).toBe('CUSTOMER_OWNED_CAP');
    expect(assign.json().error.fields.ownerId).toMatch(/cap is 300/);
    expect((await ownerOf(t, id)).ownerId).toBeNull();
  });

  it('CUS-1: release puts a customer back in the pool; only within write scope; not twice', async () => {
    const id = await makeCustomer({ owner: 'rep01' });
    const stranger = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('rep04'),
      body: { reason: '不是我的' },
    });
    expect(stranger.statusCode).toBe(404);
    const bySupervisor = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('sup_east1'),
      body: { reason: '长期无进展' },
    });
    expect(bySupervisor.statusCode).toBe(200);
    expect(await noticesFor(t, 'rep01', id)).toMatchObject([{ event: 'customer.returnedToPool' }]);
    // In the pool it is no longer the supervisor's people's; the department manager still sees it.
    const gone = await t.request('GET', `/api/customers/${id}/ownership`, { cookie: await as('sup_east1') });
    expect(gone.statusCode).toBe(404);
    const log = await t.request('GET', `/api/customers/${id}/ownership`, {
      cookie: await as('manager_east'),
    });
    expect(log.json().items).toMatchObject([
      {
        change: 'release',
        from: { username: 'rep01' },
        to: null,
        reason: '长期无进展',
        actor: { username: 'sup_east1' },
      },
    ]);
    const twice = await t.request('POST', `/api/customers/${id}/release`, {
      cookie: await as('manager_east'),
      body: { reason: '再次' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('POOL_CUSTOMER_ALREADY_IN_POOL');
  });

  it('CUS-1: a reassignment needs a reason, stays within the assigner’s scope and tells both owners', async () => {
    const id = await makeCustomer({ owner: 'rep01' });
    const rep02 = await t.userId('rep02');
    const noReason = await t.request('POST', `/api/customers/${id}/reassign`, {
      cookie: await as('sup_east1'),
      body: { ownerId: rep02, reason: ' ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBe('必填');
    // ORG-5: another team's customer does not exist for this supervisor.
    const other = await makeCustomer({ owner: 'rep04' });
    const foreign = await t.request('POST', `/api/customers/${other}/reassign`, {
      cookie: await as('sup_east1'),
      body: { ownerId: rep02, reason: '调整' },
    });
    expect(foreign.statusCode).toBe(404);
    // …nor may they hand their customer to another team's rep.
    const outside = await t.request('POST', `/api/customers/${id}/reassign`, {
      cookie: await as('sup_east1'),
      body: { ownerId: await t.userId('rep04'), reason: '调整' },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('CUSTOMER_ASSIGNEE_INVALID');
    expect(outside.json().error.fields.ownerId).toBeTruthy();
    const ok = await t.request('POST', `/api/customers/${id}/reassign`, {
      cookie: await as('sup_east1'),
      body: { ownerId: rep02, reason: '赵磊休产假，交接给钱芳' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ owner: { username: 'rep02' } });
    expect(await noticesFor(t, 'rep02', id)).toMatchObject([{ event: 'customer.assigned' }]);
    expect(await noticesFor(t, 'rep01', id)).toMatchObject([{ event: 'customer.reassigned' }]);
    const log = await t.request('GET', `/api/customers/${id}/ownership`, { cookie: await as('rep02') });
    expect(log.json().items[0]).toMatchObject({
      change: 'reassign',
      from: { username: 'rep01' },
      to: { username: 'rep02' },
      reason: '赵磊休产假，交接给钱芳',
    });
    // rep01 no longer owns it: its ownership log is another's customer now.
    const gone = await t.request('GET', `/api/customers/${id}/ownership`, { cookie: await as('rep01') });
    expect(gone.statusCode).toBe(404);
  });

  it('CUS-1: a manager gives a pool customer of their units to a rep; a pool customer of another region is not theirs', async () => {
    const east = await makeCustomer({ unit: 'EAST-T2' });
    const south = await makeCustomer({ unit: 'SOUTH-T1' });
    const rep05 = await t.userId('rep05');
    const res = await t.request('POST', `/api/customers/${east}/reassign`, {
      cookie: await as('manager_east'),
      body: { ownerId: rep05, reason: '新客户分配' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ owner: { username: 'rep05' }, pooledAt: null });
    const foreign = await t.request('POST', `/api/customers/${south}/reassign`, {
      cookie: await as('manager_east'),
      body: { ownerId: rep05, reason: '新客户分配' },
    });
    expect(foreign.statusCode).toBe(404);
    // The picker offers the manager's people only.
    const picker = await t.request('GET', '/api/customers/assignees?q=rep', {
      cookie: await as('manager_east'),
    });
    const names = picker.json().items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['rep01', 'rep06']));
    expect(names).not.toContain('rep07');
  });

  it('CUS-1: pool status counts from the later of the last follow-up and the start of ownership', async () => {
    const now = t.clock.now();
    const id = await makeCustomer({
      owner: 'rep01',
      level: 'C',
      ownedSince: new Date(now.getTime() - 40 * DAY),
      lastFollowUpAt: new Date(now.getTime() - 25 * DAY),
    });
    const res = await t.request('GET', `/api/customers/${id}/pool-status`, { cookie: await as('rep01') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      owned: true,
      owner: { username: 'rep01' },
      lastActivityAt: new Date(now.getTime() - 25 * DAY).toISOString(),
      returnAt: new Date(now.getTime() + 5 * DAY).toISOString(),
      warnAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      daysLeft: 5,
      poolDays: 30,
      warningDays: 7,
      warning: true,
    });
    expect(
      (await t.request('GET', `/api/customers/${id}/pool-status`, { cookie: await as('rep02') })).statusCode,
    ).toBe(404);
  });

  it.runIf(process.env.DATABASE_URL)(
    'CUS-1: ten concurrent claims of one customer — exactly one wins, the rest get 409',
    async () => {
      const id = await makeCustomer();
      const reps = ['rep01', 'rep02', 'rep03', 'rep04', 'rep05', 'rep06', 'rep07', 'rep08', 'rep10', 'rep11'];
      const cookies = await Promise.all(reps.map((r) => as(r)));
      const answers = await Promise.all(
        cookies.map((cookie) => t.request('POST', `/api/customers/${id}/claim`, { cookie })),
      );
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      const log = await t.database.db
        .select()
        .from(customerOwnershipLog)
        .where(eq(customerOwnershipLog.customerId, id));
      expect(log).toHaveLength(1);
    },
  );
});

describe('public pool (公海): the sweep', async () => {
  const t = await createTestApp();
  const as = sessions(t);
  const makeCustomer = customerFactory(t);
  const sweep = () => executeJob(t.database.db, t.clock, poolSweepJob, t.clock.now(), 'test');

  it('CUS-1: past N days without follow-up the customer returns to the pool, after one warning at N−M days', async () => {
    const start = t.clock.now();
    // Level C: N = 30, M = 7 (the default policies).
    const idle = await makeCustomer({ owner: 'rep04', level: 'C' });
    const followedUp = await makeCustomer({ owner: 'rep04', level: 'C' });
    // A level the policy does not list uses the smallest value (D: 15 days).
    const unlisted = await makeCustomer({ owner: 'rep05', level: 'VIP' });

    t.clock.set(new Date(start.getTime() + 23 * DAY - HOUR));
    expect((await sweep()).result).toBe('ok');
    expect(await noticesFor(t, 'rep04', idle)).toHaveLength(0);
    expect((await ownerOf(t, unlisted)).ownerId).toBeNull();

    // A follow-up on day 20 restarts its clock.
    await t.database.db
      .update(customers)
      .set({ lastFollowUpAt: new Date(start.getTime() + 20 * DAY) })
      .where(eq(customers.id, followedUp));

    t.clock.set(new Date(start.getTime() + 23 * DAY + HOUR));
    await sweep();
    const warned = await noticesFor(t, 'rep04', idle);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ event: 'customer.poolWarning' });
    expect(warned[0]!.title).toContain('7 天后将退回公海');
    expect(await noticesFor(t, 'rep04', followedUp)).toHaveLength(0);
    const status = await t.request('GET', `/api/customers/${idle}/pool-status`, {
      cookie: await as('rep04'),
    });
    expect(status.json()).toMatchObject({ warning: true, daysLeft: 7 });

    // Warned once: later sweeps do not repeat it.
    t.clock.advance(3 * DAY);
    await sweep();
    expect(await noticesFor(t, 'rep04', idle)).toHaveLength(1);
    expect((await ownerOf(t, idle)).ownerId).toBe(await t.userId('rep04'));

    t.clock.set(new Date(start.getTime() + 30 * DAY + HOUR));
    const run = await sweep();
    expect(run.message).toContain('returned=1');
    expect(await ownerOf(t, idle)).toMatchObject({ ownerId: null, previousOwnerId: await t.userId('rep04') });
    expect((await ownerOf(t, followedUp)).ownerId).toBe(await t.userId('rep04'));
    const notices = await noticesFor(t, 'rep04', idle);
    expect(notices.map((n) => n.event).sort()).toEqual(['customer.poolWarning', 'customer.returnedToPool']);
    const log = await t.request('GET', `/api/customers/${idle}/ownership`, {
      cookie: await as('manager_east'),
    });
    expect(log.json().items[0]).toMatchObject({
      change: 'auto_release',
      from: { username: 'rep04' },
      actor: null,
    });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, idle))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual(['customer.pool_warning', 'customer.auto_release']);
    const events = await t.database.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.subjectId, idle));
    expect(events.map((e) => e.kind)).toEqual(['ownership.auto_release']);

    // Back in the pool, the previous owner waits; a colleague may claim it.
    const reclaim = await t.request('POST', `/api/customers/${idle}/claim`, { cookie: await as('rep04') });
    expect(reclaim.json().error.code).toBe('POOL_RECLAIM_WAIT');
    const taken = await t.request('POST', `/api/customers/${idle}/claim`, { cookie: await as('rep05') });
    expect(taken.statusCode).toBe(200);
  });

  it('CUS-8/CUS-5: only the customer\u2019s own team keeps it from the pool — service or notes by others do not', async () => {
    const start = t.clock.now();
    const byOwner = await makeCustomer({ owner: 'rep06', level: 'C' });
    const byOthers = await makeCustomer({ owner: 'rep06', level: 'C' });
    t.clock.set(new Date(start.getTime() + 20 * DAY));
    const note = { occurredAt: t.clock.now().toISOString(), content: '电话回访，客户有意向' };
    const owner = await t.request('POST', `/api/customers/${byOwner}/follow-ups`, {
      cookie: await as('rep06'),
      body: { ...note, kind: 'phone' },
    });
    expect(owner.statusCode, owner.body).toBe(200);
    // A rep of another region logs service (CUS-5); the owner's supervisor writes a note.
    const service = await t.request('POST', `/api/customers/${byOthers}/service`, {
      cookie: await as('rep10'),
      body: note,
    });
    expect(service.statusCode, service.body).toBe(200);
    const supervisor = await t.request('POST', `/api/customers/${byOthers}/follow-ups`, {
      cookie: await as('sup_east2'),
      body: { ...note, kind: 'visit' },
    });
    expect(supervisor.statusCode, supervisor.body).toBe(200);

    t.clock.set(new Date(start.getTime() + 30 * DAY + HOUR));
    await sweep();
    expect((await ownerOf(t, byOthers)).ownerId).toBeNull();
    expect((await ownerOf(t, byOwner)).ownerId).toBe(await t.userId('rep06'));
  });

  it('ORG-7: a region’s override of the pool days applies to its customers; the sweep works in batches', async () => {
    const south = await t.database.db.select({ id: units.id }).from(units).where(eq(units.code, 'SOUTH'));
    const override = await t.request(
      'PUT',
      `/api/policies/customer.poolDaysByLevel/overrides/${south[0]!.id}`,
      {
        cookie: await as('rm_south'),
        body: { value: { A: 60, B: 40, C: 10, D: 5 }, note: '华南客户周期短' },
      },
    );
    expect(override.statusCode).toBe(200);
    const start = t.clock.now();
    const southC = await makeCustomer({ owner: 'rep07', level: 'C' });
    const eastC = await makeCustomer({ owner: 'rep01', level: 'C' });
    const rep08 = await t.userId('rep08');
    const [unit] = await t.database.db
      .select({ unitId: users.unitId })
      .from(users)
      .where(eq(users.id, rep08));
    const many = await t.database.db
      .insert(customers)
      .values(
        Array.from({ length: 250 }, (_, i) => ({
          name: `批量客户${i}`,
          nameKey: `批量客户${i}`,
          level: 'D',
          unitId: unit!.unitId,
          ownerId: rep08,
          ownedSince: start,
          createdAt: start,
          updatedAt: start,
        })),
      )
      .returning({ id: customers.id });
    t.clock.set(new Date(start.getTime() + 10 * DAY + HOUR));
    const run = await sweep();
    expect(run.result).toBe('ok');
    expect((await ownerOf(t, southC)).ownerId).toBeNull();
    expect((await ownerOf(t, eastC)).ownerId).toBe(await t.userId('rep01'));
    const stillOwned = await t.database.db
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.ownerId, rep08));
    expect(stillOwned).toHaveLength(0);
    expect(many).toHaveLength(250);
    const pool = await t.request('GET', '/api/customers/pool?q=批量客户&pageSize=10', {
      cookie: await as('rep07'),
    });
    expect(pool.json().total).toBe(250);
  });
});
