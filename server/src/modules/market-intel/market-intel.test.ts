import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import type { TEntry } from './schemas.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
let customerId: string;

/** A customer of rep01's, arranged straight in the database. */
async function customerOf(username: string, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
        select ${name}, ${`mi-${name}`}, 'B', 'existing', 'customer', u.unit_id, u.id from users u
        where u.username = ${username} returning id`,
  );
  return row!.id;
}

const entry = {
  kind: 'price',
  competitor: '华宇建材',
  product: '防水卷材 A 型',
  priceFen: '1250000',
  region: '华东',
  source: '客户采购部',
  observedOn: '2026-03-01',
  content: '华宇对大客户报价下调 8%，并承诺三十天账期。',
};

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  customerId = await customerOf('rep01', '市场信息测试客户');
});

describe('OPS-10: market information', () => {
  it('OPS-10: a linked entry is on the customer’s timeline; a two-character Chinese fragment finds it', async () => {
    const made = await s.ok<TEntry>('rep01', 'POST', '/api/market-intel', { ...entry, customerId });
    expect(made.customer?.name).toBe('市场信息测试客户');
    expect(made.priceFen).toBe('1250000');
    expect(made.can.edit).toBe(true);

    const timeline = await s.ok('rep01', 'GET', `/api/customers/${customerId}/timeline`);
    const event = timeline.items.find((e: { refId: string | null }) => e.refId === made.id);
    expect(event?.kind).toBe('market_intel.recorded');
    expect(event?.summary['zh-CN']).toContain('华宇建材');

    for (const q of ['报价', '华宇', '卷材']) {
      const found = await s.ok('rep01', 'GET', `/api/market-intel?q=${encodeURIComponent(q)}`);
      expect(
        found.items.map((r: { id: string }) => r.id),
        q,
      ).toContain(made.id);
    }
    const none = await s.ok('rep01', 'GET', `/api/market-intel?q=${encodeURIComponent('钢材')}`);
    expect(none.total).toBe(0);
    const filtered = await s.ok(
      'rep01',
      'GET',
      '/api/market-intel?kind=price&from=2026-03-01&to=2026-03-01&region=华东',
    );
    expect(filtered.total).toBe(1);
  });

  it('OPS-10/ORG-5: a rep sees their own entries and not another team’s (404 on detail); the supervisor and manager see them', async () => {
    const made = await s.ok<TEntry>('rep01', 'POST', '/api/market-intel', { ...entry, kind: 'competitor' });
    const other = await s.ok<TEntry>('rep04', 'POST', '/api/market-intel', {
      ...entry,
      competitor: '东方防水',
    });
    expect((await s.call('rep04', 'GET', `/api/market-intel/${made.id}`)).statusCode).toBe(404);
    expect((await s.call('rep01', 'GET', `/api/market-intel/${other.id}`)).statusCode).toBe(404);
    const list = await s.ok('rep01', 'GET', '/api/market-intel?pageSize=100');
    expect(list.items.every((r: { user: { username: string } }) => r.user.username === 'rep01')).toBe(true);
    expect((await s.call('sup_east1', 'GET', `/api/market-intel/${made.id}`)).statusCode).toBe(200);
    expect((await s.call('sup_east1', 'GET', `/api/market-intel/${other.id}`)).statusCode).toBe(404);
    const managers = await s.ok('manager_east', 'GET', '/api/market-intel?pageSize=100');
    expect(managers.items.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([made.id, other.id]),
    );
    // Linking another rep's customer is a field error, not a leak.
    const foreign = await s.call('rep04', 'POST', '/api/market-intel', { ...entry, customerId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.customerId).toBeDefined();
    expect((await s.call('manager_east', 'GET', '/api/market-intel/export?kind=competitor')).statusCode).toBe(
      200,
    );
    expect((await s.call('rep01', 'GET', '/api/market-intel/export')).statusCode).toBe(403);
  });

  it('OPS-10: the writer edits within marketIntel.editDays; after it only those above them', async () => {
    const made = await s.ok<TEntry>('rep01', 'POST', '/api/market-intel', { ...entry, kind: 'policy' });
    const edited = await s.ok<TEntry>('rep01', 'PUT', `/api/market-intel/${made.id}`, {
      ...entry,
      kind: 'policy',
      content: '补充：账期政策仅限年采购额百万以上客户。',
    });
    expect(edited.content).toContain('账期政策');
    t.clock.set(new Date(t.clock.now().getTime() + 8 * 86_400_000));
    const late = await s.call('rep01', 'PUT', `/api/market-intel/${made.id}`, { ...entry, kind: 'policy' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('MARKET_INTEL_EDIT_CLOSED');
    expect((await s.ok<TEntry>('rep01', 'GET', `/api/market-intel/${made.id}`)).can.edit).toBe(false);
    const bySupervisor = await s.ok<TEntry>('sup_east1', 'PUT', `/api/market-intel/${made.id}`, {
      ...entry,
      kind: 'other',
    });
    expect(bySupervisor.kind).toBe('other');
    expect((await s.call('rep02', 'PUT', `/api/market-intel/${made.id}`, entry)).statusCode).toBe(404);
  });
});
