import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadActor } from '../../platform/access/actor.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { notifications } from '../../platform/notifications/tables.js';
import { todoSources } from '../../platform/todo/sources.js';
import type { TTodo } from '../todo/index.js';
import type { TDunningItem, TDunningRunList } from './schemas.js';
import { signedFor } from './test-kit.js';

let t: TestApp;
const cookies: Record<string, string> = {};
/** Sessions time out when the business clock jumps: one sign-in per user and clock time. */
const as = async (user: string) => {
  const key = `${user}@${t.clock.now().toISOString()}`;
  cookies[key] ??= await t.login(user);
  return cookies[key]!;
};
const call = async (user: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  t.request(method, url, { cookie: await as(user), ...(body !== undefined ? { body } : {}) });

beforeAll(async () => {
  t = await createTestApp();
});

/** AR-6: the supervisor's 待办 rows of dunning items to pass on (the collection module's source). */
async function supervisorTodo(username: string) {
  const source = todoSources().find((s) => s.key === 'collection.dunningToDispatch')!;
  const actor = (await loadActor(t.database.db, await t.userId(username)))!;
  const now = t.clock.now();
  const [c] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select ${source.count(t.database.db, actor, now)} as n`,
  );
  const first = await source.first(t.database.db, actor, now, 50);
  return { count: Number(c!.n), ...first };
}

describe('AR-6 month-end dunning', () => {
  it('AR-6: finance runs on the last day of the month; each rep gets a same-day to-do for their own items, the supervisor sees both reps, an outcome closes the to-do', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const a = await signedFor(t, 'rep01', 120_000n, '2026-03-02'); // due 2026-04-01
    const b = await signedFor(t, 'rep02', 80_000n, '2026-03-02');
    const later = await signedFor(t, 'rep01', 50_000n, '2026-04-20'); // due 2026-05-20: not yet

    // Before the policy day (0 = last day of the month): refused with a field message.
    t.clock.set(new Date('2026-04-29T01:00:00Z'));
    const early = await call('finance', 'POST', '/api/dunning/runs');
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('DUNNING_TOO_EARLY');
    expect(early.json().error.fields.period).toContain('2026-04-30');
    const window = (await call('finance', 'GET', '/api/dunning/runs')).json() as TDunningRunList;
    expect(window).toMatchObject({ runFrom: '2026-04-30', doneThisMonth: false });

    t.clock.set(new Date('2026-04-30T01:00:00Z')); // 09:00 in Shanghai, the last day of April
    const run = await call('finance', 'POST', '/api/dunning/runs');
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ period: '2026-04', runOn: '2026-04-30' });
    const again = await call('finance', 'POST', '/api/dunning/runs');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUNNING_ALREADY_RUN');
    // A rep may not issue the notices.
    expect((await call('rep01', 'POST', '/api/dunning/runs')).statusCode).toBe(403);

    const itemsOf = async (user: string) =>
      (
        (await call(user, 'GET', `/api/dunning/items?runId=${run.json().id}&pageSize=200`)).json() as {
          items: TDunningItem[];
        }
      ).items;
    const rep01Items = await itemsOf('rep01');
    expect(rep01Items.map((i) => i.contract.id)).toEqual([a.contract.id]);
    expect(rep01Items[0]).toMatchObject({
      outstandingFen: '120000',
      daysOverdue: 29,
      supervisor: { username: 'sup_east1' },
      outcome: null,
    });
    expect((await itemsOf('rep02')).map((i) => i.contract.id)).toEqual([b.contract.id]);
    const team = await itemsOf('sup_east1');
    expect(team.map((i) => i.rep.username).sort()).toEqual(['rep01', 'rep02']);
    expect(team.some((i) => i.contract.id === later.contract.id)).toBe(false);

    // AR-6: the notice reaches the supervisor first; the reps have nothing until it is passed on.
    const todo = async (user: string) =>
      ((await call(user, 'GET', '/api/todo?limit=100')).json() as TTodo).sections.find(
        (s) => s.key === 'collection.dunning',
      )?.items ?? [];
    expect(await todo('rep01')).toHaveLength(0);
    const toDispatch = await supervisorTodo('sup_east1');
    expect(toDispatch.count).toBe(2);
    expect(toDispatch.items.map((i) => i.subject).sort()).toEqual(team.map((i) => i.rep.displayName).sort());
    const dispatched = await call('sup_east1', 'POST', '/api/dunning/dispatch', {});
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    expect(dispatched.json()).toEqual({ dispatched: 2 });
    expect((await supervisorTodo('sup_east1')).count).toBe(0);

    // The rep's to-do, due at the end of today (company time), for their own item only.
    const mine = await todo('rep01');
    expect(mine.map((d) => d.id)).toEqual([rep01Items[0]!.id]);
    expect(mine[0]!.amountFen).toBe('120000');
    expect(mine[0]!.dueAt).toBe('2026-04-30T15:59:59.999Z');
    expect(mine[0]!.link).toBe(`/dunning?item=${rep01Items[0]!.id}`);
    expect((await todo('rep02')).map((d) => d.id)).toEqual([(await itemsOf('rep02'))[0]!.id]);

    // The supervisor was told how many items the team has.
    const supId = await t.userId('sup_east1');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, supId), eq(notifications.event, 'dunning.issued')));
    expect(told).toHaveLength(1);
    expect(told[0]!.titleZh).toContain('2 笔');
    expect(told[0]!.titleZh).toContain('分派');

    // Someone else's item is not there for rep02; a promise needs its date.
    const itemId = rep01Items[0]!.id;
    expect(
      (await call('rep02', 'POST', `/api/dunning/items/${itemId}/outcome`, { outcome: 'paid' })).statusCode,
    ).toBe(404);
    const noDate = await call('rep01', 'POST', `/api/dunning/items/${itemId}/outcome`, {
      outcome: 'promised',
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.fields.promisedOn).toBeTruthy();

    const recorded = await call('rep01', 'POST', `/api/dunning/items/${itemId}/outcome`, {
      outcome: 'promised',
      promisedOn: '2026-05-08',
      note: '财务说下周付',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      outcome: 'promised',
      promisedOn: '2026-05-08',
      outcomeBy: { username: 'rep01' },
    });
    expect(await todo('rep01')).toHaveLength(0);
    const [closed] = await t.database.db
      .select({ status: dueItems.status })
      .from(dueItems)
      .where(eq(dueItems.subjectId, itemId));
    expect(closed!.status).toBe('closed');
    // On the customer's timeline.
    const [ev] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from timeline_events where kind = 'dunning.outcome' and subject_id = ${a.contract.customerId}`,
    );
    expect(Number(ev!.n)).toBe(1);
    const runs = (await call('sup_east1', 'GET', '/api/dunning/runs')).json() as TDunningRunList;
    expect(runs.doneThisMonth).toBe(true);
    expect(runs.items[0]).toMatchObject({ period: '2026-04', openCount: 1 });
  });

  it('AR-6: the supervisor passes items on one by one — only their own reps’ items; a rep may not dispatch', async () => {
    t.clock.set(new Date('2026-05-02T01:00:00Z'));
    const a = await signedFor(t, 'rep01', 30_000n, '2026-04-02'); // due 2026-05-02
    const b = await signedFor(t, 'rep02', 40_000n, '2026-04-02');
    t.clock.set(new Date('2026-05-31T01:00:00Z'));
    const run = await call('finance', 'POST', '/api/dunning/runs');
    expect(run.statusCode, run.body).toBe(200);
    const waiting = (
      await call('sup_east1', 'GET', `/api/dunning/items?runId=${run.json().id}&toDispatch=true&pageSize=200`)
    ).json().items as TDunningItem[];
    const itemA = waiting.find((i) => i.contract.id === a.contract.id)!;
    const itemB = waiting.find((i) => i.contract.id === b.contract.id)!;
    expect(itemA).toMatchObject({ dispatchedAt: null, dispatchedBy: null });
    expect((await call('rep01', 'POST', '/api/dunning/dispatch', { itemIds: [itemA.id] })).statusCode).toBe(
      403,
    );
    // Another supervisor's reps' items are not theirs to pass on.
    const foreign = await call('sup_east2', 'POST', '/api/dunning/dispatch', { itemIds: [itemA.id] });
    expect(foreign.statusCode).toBe(404);
    const one = await call('sup_east1', 'POST', '/api/dunning/dispatch', { itemIds: [itemA.id] });
    expect(one.json()).toEqual({ dispatched: 1 });
    const again = await call('sup_east1', 'POST', '/api/dunning/dispatch', { itemIds: [itemA.id] });
    expect(again.statusCode).toBe(404);
    const shown = (await call('rep01', 'GET', `/api/dunning/items?runId=${run.json().id}`)).json()
      .items as TDunningItem[];
    expect(shown.find((i) => i.id === itemA.id)).toMatchObject({
      dispatchedBy: { username: 'sup_east1' },
    });
    const todo = async (user: string) =>
      (
        ((await call(user, 'GET', '/api/todo?limit=100')).json() as TTodo).sections.find(
          (s) => s.key === 'collection.dunning',
        )?.items ?? []
      ).filter((d) => [itemA.id, itemB.id].includes(d.id));
    expect((await todo('rep01')).map((d) => d.id)).toEqual([itemA.id]);
    expect(await todo('rep02')).toHaveLength(0);
    const left = (await supervisorTodo('sup_east1')).items.map((i) => i.id);
    expect(left).toContain(itemB.id);
    expect(left).not.toContain(itemA.id);
    const [audited] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'dunning.dispatch' and entity_id = ${itemA.id}`,
    );
    expect(Number(audited!.n)).toBe(1);
  });

  it('AR-6: items left with the supervisor past ar.dunningAutoDispatchDays go to the reps automatically, and the supervisor is told', async () => {
    // The other items of the May run still wait with sup_east1.
    const waiting = (await supervisorTodo('sup_east1')).count;
    expect(waiting).toBeGreaterThan(0);
    t.clock.set(new Date('2026-05-31T20:00:00Z')); // less than a day after the run: not yet
    const early = await call('admin', 'POST', '/api/jobs/collection.daily/run', {});
    expect(early.statusCode, early.body).toBe(200);
    expect((await supervisorTodo('sup_east1')).count).toBe(waiting);
    t.clock.set(new Date('2026-06-01T01:30:00Z'));
    const late = await call('admin', 'POST', '/api/jobs/collection.daily/run', {});
    expect(late.statusCode, late.body).toBe(200);
    expect((await supervisorTodo('sup_east1')).count).toBe(0);
    const rep02 =
      ((await call('rep02', 'GET', '/api/todo?limit=100')).json() as TTodo).sections.find(
        (s) => s.key === 'collection.dunning',
      )?.items ?? [];
    expect(rep02.length).toBeGreaterThan(0);
    const supId = await t.userId('sup_east1');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, supId), eq(notifications.event, 'dunning.autoDispatched')));
    expect(told).toHaveLength(1);
    const [auto] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'dunning.autoDispatch'`,
    );
    expect(Number(auto!.n)).toBe(waiting);
  });
});
