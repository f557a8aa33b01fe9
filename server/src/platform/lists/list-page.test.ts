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
