import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { assembleJob } from './job.js';

/**
 * Fixtures for the end-of-day summary tests, written straight to the test database: work logs
 * (the worklogs module writes them in the app) and orders (the orders module's flow is tested
 * there), each on a demo contract of the person's unit tree.
 */
export function summaryKit(t: TestApp) {
  const db = t.database.db;
  let n = 0;
  const person = async (username: string) => {
    const [u] = await queryRows<{ id: string; unit_id: string }>(
      db,
      sql`select id, unit_id from users where username = ${username}`,
    );
    return u!;
  };
  return {
    /** The assembly job, run now on the business clock. */
    assemble: () => executeJob(db, t.clock, assembleJob, t.clock.now(), 'test'),

    /** A work log of the person's for the day, submitted unless `draft`. */
    async workLog(
      username: string,
      day: string,
      text: { done: string; opinions?: string; problems?: string },
      draft = false,
    ) {
      const u = await person(username);
      await db.execute(sql`insert into work_logs (user_id, unit_id, day, done, customer_opinions, problems,
          status, due_at, submitted_at)
        values (${u.id}, ${u.unit_id}, ${day}, ${text.done}, ${text.opinions ?? ''}, ${text.problems ?? ''},
          ${draft ? 'draft' : 'submitted'}, ${t.clock.now().toISOString()}::timestamptz,
          ${draft ? null : t.clock.now().toISOString()}::timestamptz)`);
    },

    /** An order of the person's made at `at`, on a contract of a customer of theirs (both made for it). */
    async order(username: string, at: Date) {
      const u = await person(username);
      n += 1;
      const [c] = await queryRows<{ id: string; customer_id: string }>(
        db,
        sql`with cu as (insert into customers (name, name_key, level, type, lifecycle, unit_id, owner_id)
            values (${`汇总测试客户${n}`}, ${`day-summary-${n}`}, 'B', 'existing', 'customer', ${u.unit_id}, ${u.id})
            returning id)
          insert into contracts (number, kind, customer_id, title, owner_id, unit_id, amount_fen, status)
          select ${`DSC-${n}`}, 'main', cu.id, '汇总测试合同', ${u.id}, ${u.unit_id}, 100000, 'signed' from cu
          returning id, customer_id`,
      );
      const number = `DS-${n}-${username}`;
      await db.execute(sql`insert into orders (number, contract_id, customer_id, owner_id, unit_id, created_at)
        values (${number}, ${c!.id}, ${c!.customer_id}, ${u.id}, ${u.unit_id}, ${at.toISOString()}::timestamptz)`);
      return number;
    },
  };
}
