import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { lockMinutes, maxFailedLogins, sessionIdleMinutes } from '../sessions/policies.js';
import { currentSnapshot, notePolicyEpoch } from './cache.js';
import type { PolicyDef } from './define.js';
import { readPolicies } from './read.js';

const DAY_MS = 86_400_000;

/**
 * ORG-7: policy values read from the process's copy (ADR 18) are exactly those the database
 * query chooses — unit chain overrides, effective times, defaults — and a change made in the
 * database is read at once.
 */
describe('ORG-7: policy values from the in-memory copy', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const defs = [lockMinutes, sessionIdleMinutes, maxFailedLogins] as unknown as PolicyDef[];
  /** What a request's session check does: read the epoch, vouching for the copy. */
  const observe = async () => {
    const [row] = await queryRows<{ epoch: number }>(db, sql`select policy_epoch as epoch from cache_epochs`);
    notePolicyEpoch(db, Number(row?.epoch));
  };
  /** The database query, as before the copy: inside a transaction the copy is never used. */
  const fromQuery = (at: Date, unitId?: string | null) =>
    db.transaction((tx) => readPolicies(tx, defs, at, unitId));
  const fromCopy = async (at: Date, unitId?: string | null) => {
    await observe();
    expect(await currentSnapshot(db)).not.toBeNull();
    return readPolicies(db, defs, at, unitId);
  };

  it('ORG-7: overrides up the unit tree, future values and defaults come out as the query gives them', async () => {
    const admin = await t.login('admin');
    const units = (await t.request('GET', '/api/units', { cookie: admin })).json().items as {
      id: string;
      code: string;
    }[];
    const idOf = (code: string) => units.find((u) => u.code === code)!.id;
    const now = t.clock.now();
    const put = async (cookie: string, url: string, body: object) =>
      expect((await t.request('PUT', url, { cookie, body })).statusCode).toBe(200);
    await put(admin, '/api/policies/auth.lockMinutes', { value: 15 });
    await put(admin, '/api/policies/auth.lockMinutes', {
      value: 25,
      effectiveFrom: new Date(now.getTime() + DAY_MS).toISOString(),
    });
    // ORG-7: sign-in settings are system-only: only the administrator sets a region's value.
    await put(admin, `/api/policies/auth.lockMinutes/overrides/${idOf('EAST')}`, { value: 30, note: '细则' });
    await put(admin, '/api/policies/auth.sessionIdleMinutes', {
      value: 90,
      effectiveFrom: new Date(now.getTime() - DAY_MS).toISOString(),
    });
    await put(admin, `/api/policies/auth.maxFailedLogins/overrides/${idOf('SOUTH')}`, {
      value: 8,
      note: '细则',
    });

    const times = [new Date(now.getTime() - 2 * DAY_MS), now, new Date(now.getTime() + 2 * DAY_MS)];
    const unitIds = [undefined, null, '00000000-0000-4000-8000-000000000000', ...units.map((u) => u.id)];
    for (const at of times) {
      for (const unitId of unitIds) {
        expect(Object.fromEntries(await fromCopy(at, unitId))).toEqual(
          Object.fromEntries(await fromQuery(at, unitId)),
        );
      }
    }
    const team = Object.fromEntries(await fromCopy(now, idOf('EAST-T1')));
    expect(team).toEqual({
      'auth.lockMinutes': 30,
      'auth.sessionIdleMinutes': 90,
      'auth.maxFailedLogins': 5,
    });
  });

  it('ORG-7: a value written straight to the database (another process) is read once the epoch is seen', async () => {
    await observe();
    const before = (await readPolicies(db, defs, t.clock.now())).get('auth.maxFailedLogins');
    await db.execute(
      sql`insert into policy_values (policy_id, value, effective_from, set_at)
          values ('auth.maxFailedLogins', '7'::jsonb, ${t.clock.now().toISOString()}, now())`,
    );
    await observe();
    const after = (await readPolicies(db, defs, t.clock.now())).get('auth.maxFailedLogins');
    expect([before, after]).toEqual([5, 7]);
  });
});
