import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { timelineEvents } from '../timeline/tables.js';
import { type ListPageQuery, listPage } from './list-page.js';

/** The shared paged list: whitelisted sort keys, a stable tie-breaker, the scope and the total. */
describe('listPage', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;

  // Two records' events; many share a time and a kind, so pages must break ties to stay stable.
  const mine = randomUUID();
  const other = randomUUID();
  const times = ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z'];
  await db.insert(timelineEvents).values([
    ...Array.from({ length: 23 }, (_, i) => ({
      subjectType: 'record',
      subjectId: mine,
      at: new Date(times[i % 3]!),
      kind: i % 2 ? 'b.event' : 'a.event',
      summary: { 'zh-CN': `事件 ${i}`, en: `Event ${i}` },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      subjectType: 'record',
      subjectId: other,
      at: new Date(times[0]!),
      kind: 'a.event',
      summary: { 'zh-CN': `其他 ${i}`, en: `Other ${i}` },
    })),
  ]);

  const list = (query: ListPageQuery, subjectId = mine, kind?: string) =>
    listPage({
      db,
      rows: db.select().from(timelineEvents).$dynamic(),
      count: db.select().from(timelineEvents).$dynamic(),
      scope: eq(timelineEvents.subjectId, subjectId),
      filters: [kind ? eq(timelineEvents.kind, kind) : undefined],
      sort: {
        keys: { at: timelineEvents.at, kind: timelineEvents.kind },
        default: 'at',
        tieBreaker: timelineEvents.id,
      },
      query,
      toItems: (rows) => rows.map((r) => ({ id: r.id, at: r.at.toISOString(), kind: r.kind })),
    });

  const allPages = async (query: Omit<ListPageQuery, 'page'>) => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const p = await list({ ...query, page });
      ids.push(...p.items.map((i) => i.id));
      if (p.items.length < query.pageSize) return ids;
    }
  };

  it('only the scope and the filters count: the total is of every matching row, not of the page', async () => {
    const first = await list({ page: 1, pageSize: 5 });
    expect(first).toMatchObject({ total: 23, page: 1, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect((await list({ page: 1, pageSize: 5 }, other)).total).toBe(5);
    const filtered = await list({ page: 2, pageSize: 5 }, mine, 'b.event');
    expect(filtered.total).toBe(11);
    expect(filtered.items.every((i) => i.kind === 'b.event')).toBe(true);
    const past = await list({ page: 9, pageSize: 5 });
    expect(past).toMatchObject({ items: [], total: 23, page: 9 });
  });

  it('pages walk every row once in both directions, ties broken by the id', async () => {
    for (const order of ['asc', 'desc'] as const) {
      for (const sort of ['at', 'kind']) {
        const paged = await allPages({ pageSize: 4, sort, order });
        const whole = (await list({ page: 1, pageSize: 100, sort, order })).items.map((i) => i.id);
        expect(paged).toEqual(whole);
        expect(new Set(paged).size).toBe(23);
      }
    }
  });

  it('sorts by the key in the direction asked; a key outside the whitelist sorts by the default', async () => {
    const asc = (await list({ page: 1, pageSize: 100, sort: 'at', order: 'asc' })).items;
    expect(asc.map((i) => i.at)).toEqual([...asc.map((i) => i.at)].sort());
    const desc = (await list({ page: 1, pageSize: 100, sort: 'kind', order: 'desc' })).items;
    expect(desc[0]!.kind).toBe('b.event');
    expect(desc.at(-1)!.kind).toBe('a.event');
    const unknown = await list({ page: 1, pageSize: 100, sort: 'summary', order: 'asc' });
    expect(unknown.items).toEqual(asc);
    const none = await list({ page: 1, pageSize: 100 });
    expect(none.items).toEqual(asc);
  });
});

/** Lists that page by cursor: the walk, the bounded count and the deep-page rule (ORG-5 scope kept). */
describe('listPage by cursor', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;
  const mine = randomUUID();
  const other = randomUUID();
  await db.insert(timelineEvents).values([
    ...Array.from({ length: 25 }, (_, i) => ({
      subjectType: 'record',
      subjectId: mine,
      at: new Date(Date.UTC(2026, 0, 1 + (i % 4))),
      kind: ['a.event', 'b.event', 'c.event'][i % 3]!,
      summary: { 'zh-CN': `事件 ${i}`, en: `Event ${i}` },
    })),
    ...Array.from({ length: 6 }, () => ({
      subjectType: 'record',
      subjectId: other,
      at: new Date(Date.UTC(2026, 0, 2)),
      kind: 'a.event',
      summary: { 'zh-CN': '其他', en: 'Other' },
    })),
  ]);

  const list = (query: ListPageQuery, countCap?: number) =>
    listPage({
      db,
      rows: (cursor) =>
        db
          .select({ id: timelineEvents.id, kind: timelineEvents.kind, cursor })
          .from(timelineEvents)
          .$dynamic(),
      count: db.select().from(timelineEvents).$dynamic(),
      scope: eq(timelineEvents.subjectId, mine),
      sort: {
        keys: {
          at: timelineEvents.at,
          // Several terms: the kind, then the time ascending whatever the direction.
          kindThenAt: [timelineEvents.kind, { asc: timelineEvents.at }],
          written: [],
        },
        default: 'at',
        tieBreaker: timelineEvents.id,
      },
      query,
      toItems: (rows) => rows.map((r) => r.id),
      countCap,
    });

  it('a cursor walk gives every row in scope once, in the order of one whole page, for every key and direction', async () => {
    for (const sort of ['at', 'kindThenAt', 'written']) {
      for (const order of ['asc', 'desc'] as const) {
        const whole = (await list({ page: 1, pageSize: 100, sort, order })).items;
        const walked: string[] = [];
        let cursor: string | undefined;
        for (let n = 0; n < 20; n++) {
          const p = await list({ page: 1, pageSize: 4, sort, order, cursor });
          walked.push(...p.items);
          if (!p.nextCursor) break;
          cursor = p.nextCursor;
        }
        expect(walked).toEqual(whole);
        expect(new Set(walked).size).toBe(25);
      }
    }
  });

  it('counts up to the cap: exact below it, the cap and totalCapped above it', async () => {
    expect(await list({ page: 1, pageSize: 5 }, 10)).toMatchObject({ total: 10, totalCapped: true });
    expect(await list({ page: 1, pageSize: 5 }, 25)).toMatchObject({ total: 25, totalCapped: false });
    expect(await list({ page: 1, pageSize: 5 })).toMatchObject({ total: 25, totalCapped: false });
  });

  it('page numbers stop at the cap (400 on `page`); the last page has no next cursor', async () => {
    await expect(list({ page: 3, pageSize: 5 }, 10)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { page: expect.anything() },
    });
    expect((await list({ page: 2, pageSize: 5 }, 10)).items).toHaveLength(5);
    expect((await list({ page: 5, pageSize: 5 })).nextCursor).toBeNull();
    expect((await list({ page: 4, pageSize: 5 })).nextCursor).toEqual(expect.any(String));
  });
});
