import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { queryRows } from '../db/client.js';
import { aheadPct, behindPct, indicatorsFor } from '../modules/indicators/index.js';
import { type TargetMetric, targetKey, targetsInForce } from '../modules/targets/index.js';
import { elapsedShare } from '../platform/periods/periods.js';
import { readPolicy } from '../platform/policies/read.js';
import { loadDemoCustomers } from './demo-customers.js';
import { loadDemoMoney } from './demo-money.js';
import { demoUsers } from './demo-org.js';
import { loadDemoTargets } from './demo-targets.js';

const metrics: TargetMetric[] = ['signed_amount', 'collected_amount', 'volume', 'new_customers'];

/** PLAN-3/PLAN-6 (demo): this year's approved targets down to every rep, with a spread of standings. */
describe('demo targets', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  // Wednesday 17 June 2026, 10:00 in Shanghai: the demo's deals and payments are dated back from here.
  t.clock.set(new Date('2026-06-17T02:00:00Z'));
  const today = '2026-06-17';
  let reps: { id: string; username: string }[] = [];

  beforeAll(async () => {
    await loadDemoCustomers(db, t.clock);
    await loadDemoMoney(db, t.clock);
    await loadDemoTargets(db, t.clock);
    reps = await Promise.all(
      demoUsers
        .filter((u) => u.roles.includes('sales_rep'))
        .map(async (u) => ({ id: await t.userId(u.username), username: u.username })),
    );
  }, 300_000);

  it('PLAN-2: every rep has a target in force for this month and this year, for every metric', async () => {
    for (const metric of metrics) {
      const targets = await targetsInForce(db, {
        metric,
        subjects: reps.map((r) => ({ type: 'user', id: r.id })),
        periods: ['2026-06', '2026', '2026-Q2'],
      });
      for (const r of reps) {
        for (const p of ['2026-06', '2026', '2026-Q2']) {
          const v = targets.get(targetKey({ type: 'user', id: r.id }, p));
          expect(v, `${r.username} ${metric} ${p}`).not.toBeNull();
          expect(v! > 0n, `${r.username} ${metric} ${p}`).toBe(true);
        }
      }
    }
  });

  it('PLAN-6: against the working-day pace some reps are clearly ahead and some behind, this month and this year', async () => {
    const ahead = await readPolicy(db, aheadPct, t.clock.now());
    const behind = await readPolicy(db, behindPct, t.clock.now());
    const rows = await indicatorsFor(db, {
      subjects: reps.map((r) => ({ type: 'user', id: r.id })),
      periods: ['2026-06', '2026'],
      at: t.clock.now(),
    });
    for (const metric of ['collected_amount', 'signed_amount'] as const) {
      for (const p of ['2026-06', '2026']) {
        const { elapsed, total } = elapsedShare(p, today);
        const pace = (elapsed / total) * 100;
        const standing = rows
          .filter((r) => r.period === p)
          .map((r) => {
            const pct = r.metrics[metric].completionPct ?? 0;
            return pct > pace + ahead ? 'ahead' : pct < pace - behind ? 'behind' : 'onTrack';
          });
        expect(standing, `${metric} ${p}`).toContain('ahead');
        expect(standing, `${metric} ${p}`).toContain('behind');
        if (p === '2026') expect(standing, `${metric} ${p}`).toContain('onTrack');
      }
    }
  });

  it('PLAN-3: every split sums to the target of the unit it splits (no gap), for the year and each month; a year is its months', async () => {
    const gaps = await queryRows<{
      unit: string;
      metric: string;
      period: string;
      own: string;
      split: string;
    }>(
      db,
      sql`with split as (
          select s.unit_id, s.metric, l.period, sum(l.value) as total
          from target_sets s join target_lines l on l.set_id = s.id
          where s.status = 'approved' and s.year = 2026 group by 1, 2, 3),
        own as (
          select l.subject_id as unit_id, s.metric, l.period, l.value
          from target_sets s join target_lines l on l.set_id = s.id
          where s.status = 'approved' and s.year = 2026 and l.subject_type = 'unit'
          union all
          select u.id, t.metric, t.period, t.value
          from sales_plans p join sales_plan_targets t on t.plan_id = p.id join units u on u.parent_id is null
          where p.status = 'approved' and p.year = 2026)
        select u.code as unit, split.metric, split.period, own.value::text as own, split.total::text as split
        from split join units u on u.id = split.unit_id
        left join own on own.unit_id = split.unit_id and own.metric = split.metric and own.period = split.period
        where own.value is distinct from split.total`,
    );
    expect(gaps).toEqual([]);
    const [counts] = await queryRows<{ sets: number; units: number }>(
      db,
      sql`select count(*)::int as sets, count(distinct unit_id)::int as units from target_sets where year = 2026`,
    );
    // Company, two regions, two sales departments, four teams; four metrics each.
    expect(counts).toEqual({ sets: 36, units: 9 });
    const years = await queryRows<{ subject_id: string; metric: string; year: string; months: string }>(
      db,
      sql`select l.subject_id::text as subject_id, s.metric,
            sum(l.value) filter (where l.period = '2026')::text as year,
            sum(l.value) filter (where l.period like '2026-%')::text as months
          from target_sets s join target_lines l on l.set_id = s.id group by 1, 2`,
    );
    expect(years.filter((r) => r.year !== r.months)).toEqual([]);
    const [plan] = await queryRows<{ status: string; goal: string; targets: number }>(
      db,
      sql`select p.status, p.goal, (select count(*)::int from sales_plan_targets t where t.plan_id = p.id) as targets
          from sales_plans p where p.year = 2026`,
    );
    expect(plan).toMatchObject({ status: 'approved', targets: 52 });
    const [markets] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from market_sizes where year = 2026`,
    );
    expect(markets?.n).toBe(2);
  });

  it('loads once: a second run adds nothing', async () => {
    const count = async () =>
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from target_lines`))[0]?.n;
    const before = await count();
    await loadDemoTargets(db, t.clock);
    expect(await count()).toBe(before);
  });
});
