import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { units, users } from '../../platform/org/tables.js';

/**
 * Fixtures for the coaching tests, written straight to a fresh test database: customers,
 * confirmed payments (what the collections indicator sums; the payment workflow is tested in
 * receivables) and approved targets (the approval flow is the targets module's).
 */
export function coachingKit(t: TestApp) {
  const db = t.database.db;
  let n = 0;
  const cookies: Record<string, string> = {};
  const as = async (user: string) => {
    const key = `${user}@${t.clock.now().toISOString()}`;
    cookies[key] ??= await t.login(user);
    return cookies[key]!;
  };
  const user = async (username: string) => {
    const [u] = await db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no user ${username}`);
    return u;
  };
  const unitId = async (code: string) => {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    return u!.id;
  };
  return {
    as,
    user,
    call: async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
      t.request(method, url, { cookie: await as(username), ...(body === undefined ? {} : { body }) }),
    async get<T>(username: string, url: string): Promise<T> {
      const res = await t.request('GET', url, { cookie: await as(username) });
      expect(res.statusCode, `${username} GET ${url}: ${res.body}`).toBe(200);
      return res.json() as T;
    },

    /** A confirmed payment of the person's, received on the day (a customer of theirs made for it). */
    async collected(username: string, amountFen: bigint, receivedOn: string) {
      const u = await user(username);
      n += 1;
      const [c] = await queryRows<{ id: string }>(
        db,
        sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
            values (${`辅导测试客户${n}`}, ${`coaching-${n}`}, 'B', 'existing', 'customer', ${u.unitId}, ${u.id})
            returning id`,
      );
      await db.execute(sql`insert into payments (number, customer_id, owner_id, unit_id, method, amount_fen,
          received_on, payer, status, confirmed_at)
        values (${`CP-${n}-${Date.now().toString(36)}`}, ${c!.id}, ${u.id}, ${u.unitId}, 'pos_card', ${amountFen},
          ${receivedOn}, '辅导测试付款人', 'confirmed', ${t.clock.now().toISOString()}::timestamptz)`);
    },

    /** An approved split of a unit's collections target among its people, per month. */
    async monthlyTargets(
      unitCode: string,
      year: number,
      lines: { username: string; month: string; value: bigint }[],
    ) {
      const [set] = await queryRows<{ id: string }>(
        db,
        sql`insert into target_sets (unit_id, year, metric, version, status, approved_at)
            values (${await unitId(unitCode)}, ${year}, 'collected_amount', 1, 'approved', ${t.clock.now().toISOString()}::timestamptz)
            returning id`,
      );
      for (const l of lines) {
        await db.execute(sql`insert into target_lines (set_id, subject_type, subject_id, period, value)
          values (${set!.id}, 'user', ${(await user(l.username)).id}, ${l.month}, ${l.value})`);
      }
    },
  };
}
