import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestApp } from '../../../test/test-app.js';
import { loadActor } from '../../platform/access/actor.js';
import { type Actor, type Ctx, inTx } from '../../platform/context.js';
import { SEARCH_COUNT_CAP } from '../../platform/lists/list-page.js';
import { insertCustomers } from './insert-customers.js';
import { listCustomers } from './queries.js';
import type { ZCustomerQuery } from './schemas.js';

type Query = z.output<typeof ZCustomerQuery>;

/**
 * Lists that do not count what nobody reads (CUS-1, ORG-5): the customer list counts up to a cap
 * and says when there are more; beyond page numbers it pages by cursor, and a cursor walk sees
 * every customer in scope exactly once, in the list's order, whichever key it is sorted by.
 */
describe('customer list: bounded total and cursor paging (CUS-1, ORG-5)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const TAG = 'keyset-walk';
  const actors: Record<string, Actor> = {};
  const owners: Record<string, string> = {};

  beforeAll(async () => {
    for (const u of ['rep01', 'rep02', 'director']) {
      const a = await loadActor(db, await t.userId(u));
      if (!a) throw new Error(`no actor ${u}`);
      actors[u] = a;
    }
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: actors.director!,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    // 30 customers: rep01 owns the even ones, rep02 the odd ones. Three names, three levels,
    // four update times, and a follow-up time on two of three (the rest never followed up), so
    // every sort key has ties and the follow-up key has NULLs.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      input: {
        name: `游标测试${['甲', '乙', '丙'][i % 3]}公司`,
        type: 'potential' as const,
        level: ['A', 'B', 'C'][i % 3]!,
        source: 'other' as const,
        tags: [TAG],
      },
      ownerId: i % 2 ? actors.rep02!.id : actors.rep01!.id,
      unitId: i % 2 ? actors.rep02!.unitId! : actors.rep01!.unitId!,
    }));
    const inserted = await inTx(ctx, (tx) => insertCustomers(tx, ctx, rows, { change: 'create' }));
    for (const [i, c] of inserted.entries()) {
      owners[c.id] = i % 2 ? 'rep02' : 'rep01';
      await db.execute(sql`update customers set
        updated_at = ${`2026-03-0${1 + (i % 4)}T08:00:00.123456Z`}::timestamptz,
        created_at = ${`2026-02-0${1 + (i % 5)}T08:00:00Z`}::timestamptz,
        last_follow_up_at = ${i % 3 === 2 ? null : `2026-03-1${i % 2}T09:30:00.000001Z`}::timestamptz
        where id = ${c.id}`);
    }
  });

  const query = (over: Partial<Query>): Query => ({
    page: 1,
    pageSize: 200,
    view: 'all',
    lifecycle: 'customer',
    sort: 'updatedAt',
    order: 'desc',
    tag: TAG,
    ...over,
  });

  /** Every row by cursor, `pageSize` at a time: the first page by number, then nextCursor. */
  const walk = async (user: string, over: Partial<Query>, pageSize = 4) => {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const p = await listCustomers(db, actors[user]!, query({ ...over, pageSize, cursor }));
      ids.push(...p.items.map((c) => c.id));
      if (!p.nextCursor) return ids;
      expect(p.items).toHaveLength(pageSize);
      cursor = p.nextCursor;
    }
    throw new Error('the walk did not end');
  };

  const sorts = ['updatedAt', 'createdAt', 'name', 'lastFollowUpAt', 'level'] as const;
  for (const sort of sorts) {
    for (const order of ['asc', 'desc'] as const) {
      it(`CUS-1: by ${sort} ${order}, the cursor walk gives every customer once, in the list's order`, async () => {
        const whole = (await listCustomers(db, actors.director!, query({ sort, order }))).items;
        expect(whole).toHaveLength(30);
        const walked = await walk('director', { sort, order });
        expect(walked).toEqual(whole.map((c) => c.id));
        expect(new Set(walked).size).toBe(30);
        // The same rows as page numbers give.
        const byNumber: string[] = [];
        for (let page = 1; page <= 8; page++) {
          const p = await listCustomers(db, actors.director!, query({ sort, order, page, pageSize: 4 }));
          byNumber.push(...p.items.map((c) => c.id));
        }
        expect(byNumber).toEqual(walked);
      });
    }
  }

  it('CUS-1: customers never followed up come last in both directions, also across cursor pages', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const walked = await walk('director', { sort: 'lastFollowUpAt', order }, 3);
      const whole = (await listCustomers(db, actors.director!, query({ sort: 'lastFollowUpAt', order })))
        .items;
      const byId = new Map(whole.map((c) => [c.id, c]));
      const times = walked.map((id) => byId.get(id)!.lastFollowUpAt);
      expect(times.slice(20).every((x) => x === null)).toBe(true);
      const followed = times.slice(0, 20) as string[];
      expect(followed.every((x) => x !== null)).toBe(true);
      expect(followed).toEqual(
        [...followed].sort((a, b) => (order === 'asc' ? a.localeCompare(b) : b.localeCompare(a))),
      );
    }
  });

  it("ORG-5: a rep's cursor walk shows only the rep's own customers, each once", async () => {
    for (const sort of ['updatedAt', 'lastFollowUpAt'] as const) {
      const walked = await walk('rep01', { sort, order: 'desc' }, 4);
      expect(walked).toHaveLength(15);
      expect(new Set(walked).size).toBe(15);
      expect(walked.every((id) => owners[id] === 'rep01')).toBe(true);
    }
  });

  it('the total is exact up to the cap; beyond it, the cap and totalCapped', async () => {
    const capped = await listCustomers(db, actors.director!, query({ pageSize: 5 }), { countCap: 20 });
    expect(capped).toMatchObject({ total: 20, totalCapped: true });
    const exact = await listCustomers(db, actors.director!, query({ pageSize: 5 }), { countCap: 30 });
    expect(exact).toMatchObject({ total: 30, totalCapped: false });
    // ORG-5: the rep's count is of the rep's customers only.
    const rep = await listCustomers(db, actors.rep01!, query({ pageSize: 5 }), { countCap: 20 });
    expect(rep).toMatchObject({ total: 15, totalCapped: false });
  });

  it('CUS-1: a text search is counted up to 1,000 matches ("1,000+"), the list without it exactly; the walk still finds every match', async () => {
    const SEARCH_TAG = 'search-cap';
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: actors.director!,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    const rows = Array.from({ length: SEARCH_COUNT_CAP + 1 }, (_, i) => ({
      input: {
        name: `上限搜索${i}号商行`,
        type: 'potential' as const,
        level: 'C',
        source: 'other' as const,
        tags: [SEARCH_TAG],
      },
      ownerId: actors.rep02!.id,
      unitId: actors.rep02!.unitId!,
    }));
    await inTx(ctx, (tx) => insertCustomers(tx, ctx, rows, { change: 'create' }));
    const all = { tag: SEARCH_TAG, pageSize: 20 };
    const searched = await listCustomers(db, actors.director!, query({ ...all, q: '上限搜索' }));
    expect(searched).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(searched.items).toHaveLength(20);
    expect(searched.nextCursor).not.toBeNull();
    const listed = await listCustomers(db, actors.director!, query(all));
    expect(listed).toMatchObject({ total: SEARCH_COUNT_CAP + 1, totalCapped: false });
    // Past the last numbered page of the search, the cursor still reaches the last match.
    await expect(
      listCustomers(db, actors.director!, query({ ...all, q: '上限搜索', page: SEARCH_COUNT_CAP / 20 + 1 })),
    ).rejects.toMatchObject({ fields: { page: expect.anything() } });
    const walked = new Set<string>();
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const p = await listCustomers(
        db,
        actors.director!,
        query({ tag: SEARCH_TAG, q: '上限搜索', pageSize: 100, cursor }),
      );
      for (const c of p.items) walked.add(c.id);
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    expect(walked.size).toBe(SEARCH_COUNT_CAP + 1);
  });

  it('page numbers stop at the cap: a deeper page answers 400 on `page` and asks for the cursor', async () => {
    await expect(
      listCustomers(db, actors.director!, query({ page: 5, pageSize: 5 }), { countCap: 20 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: { page: expect.anything() } });
    const cookie = await t.login('director');
    const deep = await t.request('GET', '/api/customers?page=501&pageSize=20', { cookie, lang: 'en' });
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.fields.page).toMatch(/Next page/);
    const last = await t.request('GET', '/api/customers?page=500&pageSize=20', { cookie });
    expect(last.statusCode).toBe(200);
  });

  it('over HTTP: nextCursor leads on; a cursor of another sort or a broken one answers 400 on `cursor`', async () => {
    const cookie = await t.login('director');
    const first = await t.request('GET', `/api/customers?tag=${TAG}&pageSize=10&sort=name&order=asc`, {
      cookie,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ total: 30, totalCapped: false });
    const next = first.json().nextCursor as string;
    expect(next).toEqual(expect.any(String));
    const second = await t.request(
      'GET',
      `/api/customers?tag=${TAG}&pageSize=10&sort=name&order=asc&cursor=${encodeURIComponent(next)}`,
      { cookie },
    );
    expect(second.statusCode).toBe(200);
    const seen = new Set([...first.json().items, ...second.json().items].map((c: { id: string }) => c.id));
    expect(seen.size).toBe(20);
    const other = await t.request('GET', `/api/customers?tag=${TAG}&sort=level&cursor=${next}`, { cookie });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields).toHaveProperty('cursor');
    const broken = await t.request('GET', `/api/customers?tag=${TAG}&cursor=not-a-cursor`, { cookie });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields).toHaveProperty('cursor');
    const end = await t.request('GET', `/api/customers?tag=${TAG}&pageSize=50`, { cookie });
    expect(end.json().nextCursor).toBeNull();
  });
  it("ORG-5: a rep who also collaborates sees their own and the collaborated customers, each once, in the list's order and counted exactly, for every sort (the scope read as arms)", async () => {
    const theirs = Object.keys(owners)
      .filter((id) => owners[id] === 'rep02')
      .slice(0, 3);
    const mine = Object.keys(owners).filter((id) => owners[id] === 'rep01');
    // Three of rep02's customers, and one of rep01's own (it must not count twice).
    const collaborated = [...theirs, mine[0]!];
    for (const id of collaborated)
      await db.execute(sql`insert into customer_collaborators (customer_id, user_id, access)
        values (${id}, ${actors.rep01!.id}, 'read')`);
    try {
      const visible = new Set([...mine, ...theirs]);
      expect(visible.size).toBe(18);
      for (const sort of sorts) {
        for (const order of ['asc', 'desc'] as const) {
          const expected = (await listCustomers(db, actors.director!, query({ sort, order }))).items
            .map((c) => c.id)
            .filter((id) => visible.has(id));
          expect(await walk('rep01', { sort, order }, 4), `${sort} ${order}`).toEqual(expected);
          const byNumber: string[] = [];
          for (let page = 1; page <= 4; page++) {
            const p = await listCustomers(db, actors.rep01!, query({ sort, order, page, pageSize: 5 }));
            expect(p).toMatchObject({ total: 18, totalCapped: false });
            byNumber.push(...p.items.map((c) => c.id));
          }
          expect(byNumber, `${sort} ${order} by page number`).toEqual(expected);
        }
      }
      // Filters apply to both arms: level A of the 18.
      const levelA = await listCustomers(db, actors.rep01!, query({ level: 'A' }));
      const expectedA = (await listCustomers(db, actors.director!, query({ level: 'A' }))).items
        .map((c) => c.id)
        .filter((id) => visible.has(id));
      expect(levelA.items.map((c) => c.id)).toEqual(expectedA);
      expect(levelA.total).toBe(expectedA.length);
      // The bounded count adds the arms' rows up to the cap.
      const capped = await listCustomers(db, actors.rep01!, query({ pageSize: 5 }), { countCap: 16 });
      expect(capped).toMatchObject({ total: 16, totalCapped: true });
    } finally {
      await db.execute(sql`delete from customer_collaborators where user_id = ${actors.rep01!.id}`);
    }
  });
});
