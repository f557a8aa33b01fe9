import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../src/db/client.js';
import type { JobDef } from '../src/platform/jobs/registry.js';
import { executeJob } from '../src/platform/jobs/runner.js';
import { units, users } from '../src/platform/org/tables.js';
import type { TestApp } from './test-app.js';

/**
 * Fixtures for the champions and contests tests, written straight to a fresh test database:
 * confirmed payments (what the collections indicator sums; the payment workflow is tested in
 * receivables) and approved monthly targets (the approval flow is the targets module's).
 */
export function incentiveFixtures(t: TestApp) {
  const db = t.database.db;
  let n = 0;
  const user = async (username: string) => {
    const [u] = await db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no user ${username}`);
    return u;
  };
  const unitId = async (code: string) => {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    if (!u) throw new Error(`no unit ${code}`);
    return u.id;
  };
  return {
    user,
    unitId,
    /** A confirmed payment of the person's, received on the day (a customer of theirs made for it). */
    async collected(username: string, amountFen: bigint, receivedOn: string) {
      const u = await user(username);
      n += 1;
      const [c] = await queryRows<{ id: string }>(
        db,
        sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
            values (${`激励测试客户${n}`}, ${`incentive-${n}`}, 'B', 'existing', 'customer', ${u.unitId}, ${u.id})
            returning id`,
      );
      const [p] = await queryRows<{ id: string }>(
        db,
        sql`insert into payments (number, customer_id, owner_id, unit_id, method, amount_fen,
          received_on, payer, status, confirmed_at)
        values (${`IP-${n}-${Date.now().toString(36)}`}, ${c!.id}, ${u.id}, ${u.unitId}, 'pos_card', ${amountFen},
          ${receivedOn}, '激励测试付款人', 'confirmed', ${t.clock.now().toISOString()}::timestamptz)
        returning id`,
      );
      return p!.id;
    },
    /** An approved split of a unit's collections target among its people, per period. */
    async targets(
      unitCode: string,
      year: number,
      lines: { username: string; period: string; value: bigint }[],
    ) {
      const [set] = await queryRows<{ id: string }>(
        db,
        sql`insert into target_sets (unit_id, year, metric, version, status, approved_at)
            values (${await unitId(unitCode)}, ${year}, 'collected_amount', 1, 'approved', ${t.clock.now().toISOString()}::timestamptz)
            returning id`,
      );
      for (const l of lines) {
        await db.execute(sql`insert into target_lines (set_id, subject_type, subject_id, period, value)
          values (${set!.id}, 'user', ${(await user(l.username)).id}, ${l.period}, ${l.value})`);
      }
    },
    /** Runs a job now on the business clock, as the scheduler would. */
    runJob: (job: JobDef) => executeJob(t.database.db, t.clock, job, t.clock.now(), 'test'),
  };
}
