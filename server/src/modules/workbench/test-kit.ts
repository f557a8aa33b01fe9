import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { monthsOf } from '../../platform/periods/periods.js';
import type { TargetMetric } from '../targets/index.js';

/**
 * Test fixtures: approved targets for a year, written as the targets module leaves them once
 * the GM has approved them (PLAN-2: only approved versions are in force) — the company's from an
 * approved annual plan, each unit's split among its child units and people from an approved
 * target set. Values: `perPerson` fen a month for everyone who sells (a person's year is twelve
 * months of it); a unit's months are the sum of its people's below it, its year twelve of them.
 */
export async function approveDemoTargets(
  db: Db,
  opts: { year: number; perPerson: (username: string) => bigint; metrics: TargetMetric[] },
): Promise<void> {
  const units = await queryRows<{ id: string; parent_id: string | null }>(
    db,
    sql`select id::text as id, parent_id::text as parent_id from units`,
  );
  const people = await queryRows<{ id: string; username: string; unit_id: string }>(
    db,
    sql`select u.id::text as id, u.username, u.unit_id::text as unit_id from users u
      where u.status = 'active' and u.id in (select ur.user_id from user_roles ur
        join role_permissions rp on rp.role_id = ur.role_id where rp.permission = 'opportunity:write')`,
  );
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const monthly = new Map<string, bigint>();
  for (const p of people) {
    monthly.set(`user:${p.id}`, opts.perPerson(p.username));
    for (let u: string | null | undefined = p.unit_id; u; u = parent.get(u))
      monthly.set(`unit:${u}`, (monthly.get(`unit:${u}`) ?? 0n) + opts.perPerson(p.username));
  }
  const months = monthsOf(String(opts.year));
  const root = units.find((u) => u.parent_id === null)!;
  const [plan] = await queryRows<{ id: string }>(
    db,
    sql`insert into sales_plans (year, version, status, goal, approved_at)
      values (${opts.year}, 1, 'approved', '测试目标', now()) returning id::text as id`,
  );
  for (const metric of opts.metrics) {
    const rootMonthly = monthly.get(`unit:${root.id}`) ?? 0n;
    await queryRows(
      db,
      sql`insert into sales_plan_targets (plan_id, metric, period, value) values
        ${sql.join(
          [String(opts.year), ...months].map(
            (p) => sql`(${plan!.id}, ${metric}, ${p}, ${p.length === 4 ? rootMonthly * 12n : rootMonthly})`,
          ),
          sql`, `,
        )}`,
    );
    for (const unit of units) {
      const children = [
        ...units.filter((u) => u.parent_id === unit.id).map((u) => ({ type: 'unit', id: u.id })),
        ...people.filter((p) => p.unit_id === unit.id).map((p) => ({ type: 'user', id: p.id })),
      ].filter((c) => monthly.has(`${c.type}:${c.id}`));
      if (children.length === 0) continue;
      const [set] = await queryRows<{ id: string }>(
        db,
        sql`insert into target_sets (unit_id, year, metric, version, status, approved_at)
          values (${unit.id}, ${opts.year}, ${metric}, 1, 'approved', now()) returning id::text as id`,
      );
      const lines = children.flatMap((c) => {
        const m = monthly.get(`${c.type}:${c.id}`)!;
        return [String(opts.year), ...months].map(
          (p) => sql`(${set!.id}, ${c.type}, ${c.id}, ${p}, ${p.length === 4 ? m * 12n : m})`,
        );
      });
      await queryRows(
        db,
        sql`insert into target_lines (set_id, subject_type, subject_id, period, value) values ${sql.join(lines, sql`, `)}`,
      );
    }
  }
}
