import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../../test/test-app.js';
import { queryRows } from '../../../db/client.js';
import type { TargetMetric } from '../tables.js';

/**
 * The company's target for a year as the approved annual sales plan holds it (a fixture: the plan
 * itself is written and approved through its own screens). `months` January … December.
 */
export async function approvedCompanyTarget(
  t: TestApp,
  q: { year: number; metric: TargetMetric; value: bigint; months?: bigint[] },
): Promise<void> {
  const db = t.database.db;
  let [plan] = await queryRows<{ id: string }>(
    db,
    sql`select id::text as id from sales_plans where year = ${q.year} and status = 'approved'`,
  );
  if (!plan) {
    [plan] = await queryRows<{ id: string }>(
      db,
      sql`insert into sales_plans (year, version, status, goal, approved_at)
          values (${q.year}, 1, 'approved', '年度目标', now()) returning id::text as id`,
    );
  }
  const rows = [
    { period: String(q.year), value: q.value },
    ...(q.months ?? []).map((v, i) => ({ period: `${q.year}-${String(i + 1).padStart(2, '0')}`, value: v })),
  ];
  for (const r of rows) {
    await db.execute(
      sql`insert into sales_plan_targets (plan_id, metric, category, period, value)
          values (${plan!.id}, ${q.metric}, '', ${r.period}, ${r.value})`,
    );
  }
}

/** A customer won on a day (a new customer of the owner, booked in the owner's unit). */
export async function customerWon(t: TestApp, username: string, day: string): Promise<void> {
  await t.database.db.execute(
    sql`insert into customers (name, name_key, level, lifecycle, type, unit_id, owner_id, owned_since, created_at, updated_at)
        select '目标测试客户' || gen_random_uuid()::text, gen_random_uuid()::text, 'B', 'customer', 'existing',
          u.unit_id, u.id, ${day}::timestamptz, (${day} || 'T02:00:00Z')::timestamptz, now()
        from users u where u.username = ${username}`,
  );
}

/** A unit's id by its code. */
export async function unitId(t: TestApp, code: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id::text as id from units where code = ${code}`,
  );
  return row!.id;
}

export { sessions, setPolicyValue } from '../../../../test/sessions.js';
