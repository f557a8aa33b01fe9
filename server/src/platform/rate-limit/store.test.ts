import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { queryRows } from '../../db/client.js';
import { databaseRateLimitStore } from './store.js';

const database = await createTestDatabase();
afterAll(() => database.close());

// Pruned at every hit here (once a minute in the app).
const Store = databaseRateLimitStore(database.db, undefined, 0);
const root = new Store({ timeWindow: 60_000 });
const login = root.child({ routeInfo: { method: 'POST', url: '/api/auth/login' } } as never);
const other = root.child({ routeInfo: { method: 'POST', url: '/api/other' } } as never);

const hit = (store: typeof login, key: string) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    (
      store.incr as (
        k: string,
        cb: (e: Error | null, r?: { current: number; ttl: number }) => void,
        w: number,
      ) => void
    )(key, (err, res) => (err || !res ? reject(err) : resolve(res)), 60_000),
  );

describe('rate-limit counters in the database', () => {
  it('counts hits per route and key within the window and tells the time left', async () => {
    expect((await hit(login, '198.51.100.1')).current).toBe(1);
    const second = await hit(login, '198.51.100.1');
    expect(second.current).toBe(2);
    expect(second.ttl).toBeGreaterThan(0);
    expect(second.ttl).toBeLessThanOrEqual(60_000);
    expect((await hit(login, '198.51.100.2')).current).toBe(1);
    expect((await hit(other, '198.51.100.1')).current).toBe(1);
  });

  it('starts over once the window has passed; passed windows of other keys are deleted', async () => {
    await database.db.execute(sql`update rate_limits set reset_at = now() - interval '1 second'`);
    expect((await hit(login, '198.51.100.1')).current).toBe(1);
    const keys = await queryRows<{ key: string }>(database.db, sql`select key from rate_limits order by key`);
    expect(keys.map((k) => k.key)).toEqual(['POST /api/auth/login|198.51.100.1']);
  });
});
