/**
 * 工作台 bench data (OPS-5): the HTTP bench's data set — 100,000 customers (bench/seed.ts) and
 * 500,000 signed contracts with 1,000,000 instalments and their settlements (bench/seed-receivables.ts
 * --append) — plus what the 工作台 reads beyond them, written with set-based SQL:
 * - a payment per payment settlement (AR-4: confirmed or pending as the settlement), about 800,000;
 * - two opportunities per owned customer (about 190,000) across the stages, with their stage
 *   history (what the funnel counts) and expected close dates over the next year;
 * - this year's approved targets (sales plan for the company, a target set per unit down to each
 *   person, by month), at last year's monthly pace of each person give or take 20 %;
 * - rep01's visits today.
 * PostgreSQL only.
 *
 *   npm run bench:seed:workbench            (database bench_d, dropped and created;
 *                                            BENCH_DATABASE_URL to point elsewhere)
 *   npm run bench:seed:workbench -- --customers=5000 --contracts=25000   (a small data set)
 *   npm run bench:seed:workbench -- --extras-only                        (only the additions)
 */
import './workbench-env.js';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../server/src/db/client.js';
import { benchDir, openBenchDatabase, postgresUrl } from './bench-db.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const CUSTOMERS = arg('customers', 100_000);
const CONTRACTS = arg('contracts', CUSTOMERS * 5);
const EXTRAS_ONLY = process.argv.includes('--extras-only');

function runScript(file: string, args: string[]) {
  console.log(`\n$ tsx bench/${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file), ...args], {
    cwd: path.resolve(benchDir, '..'),
    stdio: 'inherit',
    env: { ...process.env, BENCH_DATABASE_URL: postgresUrl },
  });
  if (r.status !== 0) throw new Error(`bench/${file} failed (${r.status})`);
}

async function step(label: string, work: () => Promise<unknown>) {
  const t0 = performance.now();
  await work();
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function extras(db: Db) {
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));

  await step('payments for the payment settlements', () =>
    db.execute(sql`
      insert into payments (id, number, kind, customer_id, contract_id, owner_id, unit_id, method, amount_fen,
        received_on, payer, status, confirmed_at, created_at, updated_at)
      select s.source_id, 'BP-' || lpad((row_number() over (order by s.source_id))::text, 8, '0'), 'receipt',
        i.customer_id, i.contract_id, i.owner_id, i.unit_id, 'bank_transfer', s.amount_fen,
        (s.created_at at time zone 'Asia/Shanghai')::date, '基准付款单位',
        case when s.confirmed_at is null then 'pending' else 'confirmed' end, s.confirmed_at,
        s.created_at, s.created_at
      from settlements s join instalments i on i.id = s.instalment_id
      where s.source_type = 'payment'
        and not exists (select 1 from payments p where p.id = s.source_id)`),
  );

  const [done] = await queryRows<{ opportunities: number; plans: number }>(
    db,
    sql`select (select count(*)::int from opportunities where name like '基准商机 %') as opportunities,
      (select count(*)::int from sales_plans where year = ${year}) as plans`,
  );
  if (done?.opportunities) console.log('  (opportunities already there)');
  else
    await step('opportunities (two per owned customer) and their stage history', async () => {
      await db.execute(sql`
      insert into opportunities (customer_id, name, stage, amount_fen, expected_close_date, lost_reason, owner_id,
        unit_id, stage_changed_at, closed_at, created_at, updated_at)
      select c.id, '基准商机 ' || c.n || '-' || j,
        s.stage, (50000 + (c.n * 7 + j * 13) % 950000) * 100,
        ${today}::date + ((c.n * 31 + j * 17) % 420 - 60)::int,
        case when s.stage = 'lost' then '价格' end,
        c.owner_id, c.unit_id, now(), case when s.stage in ('won', 'lost') then now() end, now(), now()
      from (select id, owner_id, unit_id, row_number() over (order by id) as n from customers
            where remark = 'bench' and owner_id is not null and lifecycle = 'customer') c
      cross join generate_series(1, 2) j
      cross join lateral (select (array['lead','lead','lead','needs','needs','solution','solution','negotiation',
        'won','won','lost','lead','needs','solution','negotiation','lead','won','lost','needs','lead'])
        [1 + (c.n * 3 + j) % 20] as stage) s`);
      // History: each opportunity passed through every funnel stage up to where it is (lost ones
      // from wherever they stopped: two stages in).
      await db.execute(sql`
      insert into opportunity_stage_history (opportunity_id, from_stage, to_stage, at)
      select o.id, case when k.r = 1 then null else (array['lead','needs','solution','negotiation','won'])[k.r - 1] end,
        (array['lead','needs','solution','negotiation','won'])[k.r], now()
      from opportunities o
      cross join lateral (select case o.stage when 'lead' then 1 when 'needs' then 2 when 'solution' then 3
        when 'negotiation' then 4 when 'won' then 5 else 2 end as top) t
      cross join lateral generate_series(1, t.top) k(r)
      where o.name like '基准商机 %'`);
      await db.execute(sql`
      insert into opportunity_stage_history (opportunity_id, from_stage, to_stage, at)
      select o.id, 'needs', 'lost', now() from opportunities o where o.name like '基准商机 %' and o.stage = 'lost'`);
    });

  if (done?.plans) console.log('  (targets already there)');
  else
    await step(`${year} targets (approved) for every unit and person`, async () => {
      // A person's monthly target: their average month of money collected over the last year,
      // 80 %–120 % of it (by a hash of the person), so some are ahead and some behind.
      await db.execute(sql`create temporary table bench_person_targets as
      select u.id as user_id, u.unit_id,
        greatest(coalesce(sum(p.amount_fen), 0) / 12, 100000000) * (8 + abs(hashtext(u.username)) % 5) / 10 as monthly
      from users u left join payments p on p.owner_id = u.id and p.status = 'confirmed'
        and p.received_on >= ${today}::date - 365
      where u.id in (select ur.user_id from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
        where rp.permission = 'opportunity:write')
      group by u.id, u.unit_id`);
      await db.execute(sql`create temporary table bench_unit_targets as
      with recursive up(unit_id, ancestor) as (
        select id, id from units
        union all select up.unit_id, u.parent_id from up join units u on u.id = up.ancestor where u.parent_id is not null
      )
      select up.ancestor as unit_id, sum(t.monthly) as monthly
      from bench_person_targets t join up on up.unit_id = t.unit_id group by up.ancestor`);
      const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
      const periods = sql.raw(
        `(values ('${year}', 12), ${months.map((m) => `('${m}', 1)`).join(', ')}) as pp(period, factor)`,
      );
      for (const metric of ['collected_amount', 'signed_amount']) {
        const [plan] = await queryRows<{ id: string }>(
          db,
          sql`insert into sales_plans (year, version, status, goal, approved_at)
          values (${year}, (select coalesce(max(version), 0) + 1 from sales_plans where year = ${year}), 'approved',
            '基准年度计划', now())
          returning id::text as id`,
        );
        await db.execute(sql`
        insert into sales_plan_targets (plan_id, metric, period, value)
        select ${plan!.id}::uuid, ${metric}, pp.period, t.monthly * pp.factor
        from bench_unit_targets t join units u on u.id = t.unit_id and u.parent_id is null cross join ${periods}`);
        await db.execute(sql`
        insert into target_sets (unit_id, year, metric, version, status, approved_at)
        select distinct n.parent_id, ${year}::int, ${metric}::text, 1, 'approved', now()
        from (select parent_id from units where parent_id is not null and id in (select unit_id from bench_unit_targets)
              union select unit_id from bench_person_targets) n(parent_id)`);
        await db.execute(sql`
        insert into target_lines (set_id, subject_type, subject_id, period, value)
        select s.id, x.subject_type, x.subject_id, pp.period, x.monthly * pp.factor
        from (select 'unit' as subject_type, u.id as subject_id, u.parent_id as parent, t.monthly
                from bench_unit_targets t join units u on u.id = t.unit_id where u.parent_id is not null
              union all
              select 'user', p.user_id, p.unit_id, p.monthly from bench_person_targets p) x
        join target_sets s on s.unit_id = x.parent and s.year = ${year} and s.metric = ${metric} and s.status = 'approved'
        cross join ${periods}`);
      }
    });

  await step('rep01’s visits today', () =>
    db.execute(sql`
      insert into visits (rep_id, unit_id, customer_id, purpose, status, planned_on, planned_minutes)
      select c.owner_id, c.unit_id, c.id, 'maintenance', 'planned', ${today}::date, 60
      from customers c join users u on u.id = c.owner_id and u.username = 'rep01'
      where c.remark = 'bench' and c.lifecycle = 'customer' order by c.id limit 3`),
  );
  await step('vacuum analyze', () => db.execute(sql`vacuum analyze`));
}

async function main() {
  const started = performance.now();
  if (!EXTRAS_ONLY) {
    runScript('seed.ts', ['--db=postgres', `--customers=${CUSTOMERS}`]);
    runScript('seed-receivables.ts', ['--append', `--contracts=${CONTRACTS}`]);
  }
  console.log(`\nThe 工作台's additions to ${postgresUrl}`);
  const database = await openBenchDatabase('postgres');
  await extras(database.db);
  const [n] = await queryRows<Record<string, string>>(
    database.db,
    sql`select (select count(*) from customers) as customers, (select count(*) from contracts) as contracts,
      (select count(*) from instalments) as instalments, (select count(*) from payments) as payments,
      (select count(*) from opportunities) as opportunities,
      (select count(*) from opportunity_stage_history) as stage_history,
      (select count(*) from target_lines) as target_lines`,
  );
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(n)}`);
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
