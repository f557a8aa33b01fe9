import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { units, users } from '../../platform/org/tables.js';
import { monthCloseJob } from './job.js';

/**
 * Fixtures for the below-target case tests, written straight to a fresh test database:
 * confirmed payments (what the collections indicator sums; the payment workflow is tested in
 * receivables) and approved monthly targets (the approval flow is the targets module's).
 */
export function casesKit(t: TestApp) {
  const db = t.database.db;
  let n = 0;
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
    user,
    /** The month-close job, run now on the business clock. */
    runClose: () => executeJob(db, t.clock, monthCloseJob, t.clock.now(), 'test'),

    /** A confirmed payment of the person's, received on the day (a customer of theirs made for it). */
    async collected(username: string, amountFen: bigint, receivedOn: string) {
      const u = await user(username);
      n += 1;
      const [c] = await queryRows<{ id: string }>(
        db,
        sql`insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
            values (${`面谈测试客户${n}`}, ${`perf-case-${n}`}, 'B', 'existing', 'customer', ${u.unitId}, ${u.id})
            returning id`,
      );
      await db.execute(sql`insert into payments (number, customer_id, owner_id, unit_id, method, amount_fen,
          received_on, payer, status, confirmed_at)
        values (${`PC-${n}-${Date.now().toString(36)}`}, ${c!.id}, ${u.id}, ${u.unitId}, 'pos_card', ${amountFen},
          ${receivedOn}, '面谈测试付款人', 'confirmed', ${t.clock.now().toISOString()}::timestamptz)`);
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
