import { and, eq, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchBeforeBigrams } from '../../../test/search-before-bigrams.js';
import { createTestApp } from '../../../test/test-app.js';
import { loadActor } from '../../platform/access/actor.js';
import type { Actor } from '../../platform/context.js';
import { customerSearchCondition } from './queries.js';
import { customerReadScope } from './scope.js';
import { customerContacts, customers } from './tables.js';

/** One, two and more characters; Chinese, pinyin, Latin in either case, phones, LIKE wildcards, spaces. */
const terms = [
  '建',
  '材',
  'a',
  '%',
  '_',
  '1',
  '建材',
  '材建',
  '建设',
  '有限',
  '华宇',
  '东方',
  '东 方',
  '杭州 东方',
  '王建',
  '李%',
  '%纯',
  '100%',
  '0%',
  '_B',
  'A_B',
  'a_b',
  'ab',
  'AB',
  'Ab',
  'abc',
  'ABC建材',
  'trading',
  'TRADING CO',
  'g c',
  'co.',
  'bj',
  'bjhy',
  'beijing',
  'bei jing',
  "bei'jing",
  'BJHY',
  'hzdf',
  'jiancai',
  'jc',
  'üb',
  'ÜBER',
  'straße',
  'STRASSE',
  'john',
  'JOHN SMITH',
  'n s',
  '021',
  '0215',
  '5550',
  '55501234',
  '021-5550',
  '138',
  '13800',
  '1380013',
  '138 0013 8000',
  '+852',
  '+8529123',
  '85291',
  '+86 138',
  '0086 13800',
  '99',
  '无此公司',
  '\\',
  "'",
  '  ',
  '公司 ',
];

describe('CUS-1: the bigram-served search finds exactly what the search before it found', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const actors: Record<string, Actor> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const rep01 = await t.login('rep01');
    const rep02 = await t.login('rep02');
    const create = async (cookie: string, key: string, body: Record<string, unknown>) => {
      const res = await t.request('POST', '/api/customers', { cookie, body: { level: 'B', ...body } });
      expect(res.statusCode, res.body).toBe(200);
      ids[key] = res.json().customer.id;
      t.clock.advance(60_000);
    };
    await create(rep01, 'huayu', {
      name: '北京华宇建材有限公司',
      phone: '02155501234',
      contact: { name: '王建材', phones: ['13800138000'] },
    });
    await create(rep01, 'abc', {
      name: 'ABC建材 Trading Co.',
      contact: { name: 'John Smith', phones: ['+85291234567', '13912345678'] },
    });
    await create(rep01, 'water', { name: '100%纯净水公司', contact: { name: '李%娜' } });
    await create(rep01, 'ab', { name: 'A_B 五金商行' });
    await create(rep02, 'hangzhou', { name: '杭州 东方 机械', phone: '057188886666' });
    await create(rep02, 'suzhou', {
      name: '苏州材建实业',
      contact: { name: '赵建材', phones: ['13700001111'] },
    });
    await create(rep02, 'shenzhen', { name: '深圳建设材料有限公司' });
    await create(rep02, 'uber', { name: 'Über Straße GmbH', contact: { name: 'ÜLKER' } });
    // A contact removed: its name and phone no longer find the customer.
    const contacts = await t.request('GET', `/api/customers/${ids.suzhou}/contacts`, { cookie: rep02 });
    const zhao = contacts.json().items[0].id as string;
    const del = await t.request('DELETE', `/api/customers/${ids.suzhou}/contacts/${zhao}`, { cookie: rep02 });
    expect(del.statusCode, del.body).toBe(200);
    // Renamed, and a contact's phones changed: the index follows the row.
    const renamed = await t.request('PATCH', `/api/customers/${ids.shenzhen}`, {
      cookie: rep02,
      body: { name: '深圳建设新材料有限公司' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const added = await t.request('POST', `/api/customers/${ids.ab}/contacts`, {
      cookie: rep01,
      body: { name: 'Ann Sun', phones: ['13655556666'] },
    });
    expect(added.statusCode, added.body).toBe(200);
    const edited = await t.request('PATCH', `/api/customers/${ids.ab}/contacts/${added.json().id}`, {
      cookie: rep01,
      body: { phones: ['13800990000'] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // Rows written outside the application's forms (older data, bulk loads) are indexed too.
    await db
      .update(customers)
      .set({ phone: '021-5550 9999' })
      .where(eq(customers.id, ids.hangzhou ?? ''));
    await db
      .insert(customerContacts)
      .values({ customerId: ids.uber ?? '', name: 'Straßen Bau', phones: ['99'] });

    for (const u of ['director', 'rep01', 'rep02']) {
      const actor = await loadActor(db, await t.userId(u));
      if (!actor) throw new Error(`no actor ${u}`);
      actors[u] = actor;
    }
  });

  const found = async (actor: Actor, condition: SQL) =>
    (
      await db
        .select({ id: customers.id })
        .from(customers)
        .where(and(customerReadScope(actor), condition))
    )
      .map((r) => r.id)
      .sort();

  for (const user of ['director', 'rep01']) {
    it(`CUS-1/ORG-5: ${user} gets the same customers for every term`, async () => {
      const actor = actors[user];
      if (!actor) throw new Error('no actor');
      let nonEmpty = 0;
      for (const term of terms) {
        const before = await found(actor, searchBeforeBigrams(term));
        const now = await found(actor, customerSearchCondition(term));
        expect(now, `${user} searching ${JSON.stringify(term)}`).toEqual(before);
        if (before.length > 0) nonEmpty++;
      }
      // The comparison is not vacuous: most terms find something.
      expect(nonEmpty).toBeGreaterThan(terms.length / 2);
    });
  }

  it('CUS-1: two characters find names, contacts and phones; removed contacts and other scopes do not', async () => {
    const rep01 = actors.rep01;
    const rep02 = actors.rep02;
    const director = actors.director;
    if (!rep01 || !rep02 || !director) throw new Error('no actor');
    const names = async (actor: Actor, term: string) => {
      const hits = new Set(await found(actor, customerSearchCondition(term)));
      return Object.keys(ids)
        .filter((k) => hits.has(ids[k] ?? ''))
        .sort();
    };
    expect(await names(director, '建材')).toEqual(['abc', 'huayu']);
    expect(await names(rep02, '建材')).toEqual([]);
    expect(await names(director, '新材')).toEqual(['shenzhen']);
    expect(await names(director, 'jc')).toEqual(['abc', 'huayu']);
    expect(await names(director, '+8529')).toEqual(['abc']);
    expect(await names(director, '1380099')).toEqual(['ab']);
    expect(await names(director, '13655')).toEqual([]);
    expect(await names(director, '50 99')).toEqual([]);
    expect(await names(director, '5550')).toEqual(['hangzhou', 'huayu']);
    expect(await names(director, 'ßen')).toEqual(['uber']);
  });

  it('CUS-1: the customer list answers a two-character search as before', async () => {
    const cookie = await t.login('rep01');
    const rep01 = actors.rep01;
    if (!rep01) throw new Error('no actor');
    const res = await t.request('GET', `/api/customers?q=${encodeURIComponent('建材')}&pageSize=100`, {
      cookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    const listed = (res.json().items as { id: string }[]).map((c) => c.id).sort();
    const before = await found(rep01, and(eq(customers.lifecycle, 'customer'), searchBeforeBigrams('建材'))!);
    expect(listed).toEqual(before);
    expect(listed).toContain(ids.huayu);
  });
});
