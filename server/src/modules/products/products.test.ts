import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

async function firstProduct(cookie: string) {
  const res = await t.request('GET', '/api/products?q=IS80-65', { cookie });
  expect(res.statusCode).toBe(200);
  return res.json().items[0];
}

describe('products (Q2C-1)', () => {
  it('Q2C-1: everyone who sells reads the catalogue, paged and filtered by the server', async () => {
    const rep = await t.login('rep01');
    const cats = await t.request('GET', '/api/product-categories', { cookie: rep });
    expect(cats.statusCode).toBe(200);
    expect(cats.json().items.length).toBe(4);
    const page = await t.request('GET', '/api/products?pageSize=5&sort=listPriceFen&order=desc', {
      cookie: rep,
    });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.total).toBe(12);
    expect(body.items).toHaveLength(5);
    const prices = body.items.map((p: { listPriceFen: string }) => BigInt(p.listPriceFen));
    expect([...prices].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(prices);
    const catId = cats.json().items[1].id;
    const inCat = await t.request('GET', `/api/products?categoryId=${catId}`, { cookie: rep });
    expect(inCat.json().items.every((p: { category: { id: string } }) => p.category.id === catId)).toBe(true);
    const search = await t.request('GET', '/api/products?q=减速机', { cookie: rep });
    expect(search.json().total).toBe(2);
  });

  it('Q2C-1: the cost is shown only to holders of product:cost (director, finance), never to a rep', async () => {
    const rep = await t.login('rep01');
    const p = await firstProduct(rep);
    expect(p).not.toHaveProperty('costFen');
    const one = await t.request('GET', `/api/products/${p.id}`, { cookie: rep });
    expect(one.json()).not.toHaveProperty('costFen');
    const history = await t.request('GET', `/api/products/${p.id}/prices`, { cookie: rep });
    expect(history.json().items[0]).not.toHaveProperty('costFen');
    for (const who of ['director', 'finance']) {
      const c = await t.login(who);
      const seen = await firstProduct(c);
      expect(seen.costFen).toBe('435000');
      const h = await t.request('GET', `/api/products/${p.id}/prices`, { cookie: c });
      expect(h.json().items[0].costFen).toBe('435000');
    }
  });

  it('Q2C-1: only the director changes prices; each change is a new version with its reason', async () => {
    const rep = await t.login('rep01');
    const assistant = await t.login('assistant_east');
    const director = await t.login('director');
    const p = await firstProduct(rep);
    const body = { listPriceFen: '700000', floorPriceFen: '630000', reason: '原材料涨价' };
    expect((await t.request('PUT', `/api/products/${p.id}/price`, { cookie: rep, body })).statusCode).toBe(
      403,
    );
    expect(
      (await t.request('PUT', `/api/products/${p.id}/price`, { cookie: assistant, body })).statusCode,
    ).toBe(403);
    const bad = await t.request('PUT', `/api/products/${p.id}/price`, {
      cookie: director,
      body: { ...body, floorPriceFen: '700001' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.floorPriceFen).toBeTruthy();
    const ok = await t.request('PUT', `/api/products/${p.id}/price`, { cookie: director, body });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ listPriceFen: '700000', floorPriceFen: '630000', priceVersion: 2 });
    expect(ok.json().costFen).toBe('435000'); // cost omitted: kept
    const history = await t.request('GET', `/api/products/${p.id}/prices`, { cookie: rep });
    expect(history.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.json().items[0]).toMatchObject({ reason: '原材料涨价', actor: { username: 'director' } });
    const log = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${p.id} and action = 'product.price'`,
    );
    expect(Number(log[0]!.n)).toBe(1);
  });

  it('Q2C-1: the assistant creates a product without prices (retired, unpriced); the director prices it and it becomes active', async () => {
    const assistant = await t.login('assistant_east');
    const director = await t.login('director');
    const withPrices = await t.request('POST', '/api/products', {
      cookie: assistant,
      body: { code: 'NEW-1', name: '新泵', unit: '台', listPriceFen: '100000', floorPriceFen: '90000' },
    });
    expect(withPrices.statusCode).toBe(403);
    expect(withPrices.json().error.fields.listPriceFen).toBeTruthy();
    const created = await t.request('POST', '/api/products', {
      cookie: assistant,
      body: { code: 'NEW-1', name: '新泵', unit: '台', spec: '试制' },
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ status: 'retired', priced: false, priceVersion: 0 });
    const id = created.json().id;
    const activate = await t.request('PATCH', `/api/products/${id}`, {
      cookie: assistant,
      body: { status: 'active' },
    });
    expect(activate.statusCode).toBe(422);
    expect(activate.json().error.code).toBe('PRODUCT_NOT_PRICED');
    const dup = await t.request('POST', '/api/products', {
      cookie: assistant,
      body: { code: 'NEW-1', name: '另一个', unit: '台' },
    });
    expect(dup.statusCode).toBe(409);
    const priced = await t.request('PUT', `/api/products/${id}/price`, {
      cookie: director,
      body: { listPriceFen: '100000', floorPriceFen: '90000', costFen: '60000', reason: '新品定价' },
    });
    expect(priced.json()).toMatchObject({ status: 'active', priced: true, priceVersion: 1 });
    const renamed = await t.request('PATCH', `/api/products/${id}`, {
      cookie: assistant,
      body: { name: '新型离心泵', status: 'retired' },
    });
    expect(renamed.json()).toMatchObject({ name: '新型离心泵', status: 'retired', listPriceFen: '100000' });
    const byDirector = await t.request('POST', '/api/products', {
      cookie: director,
      body: { code: 'NEW-2', name: '新阀', unit: '件', listPriceFen: '5000', floorPriceFen: '4500' },
    });
    expect(byDirector.json()).toMatchObject({ status: 'active', priced: true, priceVersion: 1 });
  });

  it('Q2C-1: categories are created by product:manage holders, names unique', async () => {
    const assistant = await t.login('assistant_east');
    const rep = await t.login('rep01');
    expect(
      (await t.request('POST', '/api/product-categories', { cookie: rep, body: { name: '仪表' } }))
        .statusCode,
    ).toBe(403);
    const ok = await t.request('POST', '/api/product-categories', {
      cookie: assistant,
      body: { name: '仪表' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: '仪表', productCount: 0 });
    const dup = await t.request('POST', '/api/product-categories', {
      cookie: assistant,
      body: { name: '仪表' },
    });
    expect(dup.statusCode).toBe(409);
  });
});
