/**
 * Receivables bench data (AR-9): the demo organisation plus 50,000 customers, 500,000 signed main
 * contracts and 1,000,000 instalments (two per contract) with about 900,000 settlements — paid,
 * part paid, pending (unconfirmed, AR-4) and open — written with set-based SQL
 * (insert … select … generate_series), not through the HTTP API. PostgreSQL only.
 *
 *   npm run bench:seed:ar                 (database xg_bench_ar, dropped and created;
 *                                          BENCH_DATABASE_URL to point elsewhere)
 *   npm run bench:seed:ar -- --contracts=N
 *   npm run bench:seed:ar -- --append     (into the database as it is, on the customers
 *                                          bench:seed made: the HTTP bench's one data set)
 */
import './ar-env.js';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Db, queryRows } from '../server/src/db/client.js';
import { migrateDatabase } from '../server/src/db/migrate.js';
import { loadDemoData } from '../server/src/demo/load-demo.js';
import {
  refreshAllInstalmentAmounts,
  verifyInstalmentAmounts,
} from '../server/src/modules/receivables/amounts.js';
import { ensurePresetRoles } from '../server/src/modules/roles/ensure-presets.js';
import { BusinessClock } from '../server/src/platform/clock.js';
import { openBenchDatabase, postgresUrl } from './bench-db.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const CONTRACTS = arg('contracts', 500_000);
const CUSTOMERS = Math.max(1, Math.round(CONTRACTS / 10));
/** Add to the database bench:seed made (its owned customers get the contracts) instead of a fresh one. */
const APPEND = process.argv.includes('--append');
/** The customers that get contracts: bench:seed's owned ones when appending, else our own. */
const arCustomers = APPEND
  ? sql`remark = 'bench' and owner_id is not null and lifecycle = 'customer'`
  : sql`remark = 'bench-ar'`;

async function freshDatabase() {
  const url = new URL(postgresUrl);
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return openBenchDatabase('postgres');
}

async function step(label: string, work: () => Promise<unknown>) {
  const t0 = performance.now();
  await work();
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** A step of a fresh database only (skipped with --append). */
const freshStep = (label: string, work: () => Promise<unknown>) =>
  APPEND ? Promise.resolve() : step(label, work);

async function main() {
  console.log(`Seeding receivables into ${postgresUrl}`);
  const started = performance.now();
  const database = APPEND ? await openBenchDatabase('postgres') : await freshDatabase();
  const db: Db = database.db;
  const clock = new BusinessClock();
  await freshStep('migrations, roles, demo organisation', async () => {
    await migrateDatabase(database);
    await ensurePresetRoles(db);
    await loadDemoData(db, clock);
  });
  // Owners: the twelve reps and the four supervisors, with their units.
  const owners = await queryRows<{ id: string; unit_id: string }>(
    db,
    sql`select id, unit_id from users where username like 'rep%' or username like 'sup_%' order by username`,
  );
  const literal = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]::uuid[]`);
  const ownerIds = literal(owners.map((o) => o.id));
  const ownerUnits = literal(owners.map((o) => o.unit_id));
  const now = clock.now().toISOString();

  await freshStep(`${CUSTOMERS.toLocaleString('en')} customers`, () =>
    db.execute(sql`
      insert into customers (name, name_key, unit_id, type, level, lifecycle, owner_id, owned_since, remark, created_at, updated_at)
      select '应收基准客户' || n || '有限公司', 'arbench' || n,
        (${ownerUnits})[1 + n % ${owners.length}], 'existing', (array['A','B','C','D'])[1 + n % 4], 'customer',
        (${ownerIds})[1 + n % ${owners.length}], ${now}::timestamptz, 'bench-ar', ${now}::timestamptz, ${now}::timestamptz
      from generate_series(1, ${CUSTOMERS}) n`),
  );

  // Contracts signed over the last two years; ten per customer, owned like their customer.
  await step(`${CONTRACTS.toLocaleString('en')} signed contracts`, () =>
    db.execute(sql`
      insert into contracts (number, kind, customer_id, title, owner_id, unit_id, amount_fen, status, signed_on,
        signed_at, created_at, updated_at)
      select 'BENCH-' || lpad(k::text, 7, '0'), 'main', c.id, '基准合同 ' || k, c.owner_id, c.unit_id,
        (10000 + (k * 7919) % 990000) * 100,
        'signed', s.signed_on, s.signed_on::timestamptz, ${now}::timestamptz, ${now}::timestamptz
      from (select id, owner_id, unit_id, row_number() over (order by id) - 1 as r from customers where ${arCustomers}) c
      cross join generate_series(0, 9) j
      cross join lateral (select c.r * 10 + j + 1 as k) kk
      cross join lateral (select (${now}::timestamptz at time zone 'Asia/Shanghai')::date - ((k * 104729) % 730)::int as signed_on) s
      where k <= ${CONTRACTS}`),
  );

  // Two instalments per contract (AR-1): 40% due 30 days after signing, the rest 90 days after.
  await step(`${(CONTRACTS * 2).toLocaleString('en')} instalments`, () =>
    db.execute(sql`
      insert into instalments (contract_id, customer_id, owner_id, unit_id, plan_version, seq, due_date, amount_fen,
        origin, origin_id, created_at, updated_at)
      select k.id, k.customer_id, k.owner_id, k.unit_id, 1, s,
        k.signed_on + case s when 1 then 30 else 90 end,
        case s when 1 then k.amount_fen * 4 / 10 else k.amount_fen - k.amount_fen * 4 / 10 end,
        'signing', k.id, ${now}::timestamptz, ${now}::timestamptz
      from contracts k cross join generate_series(1, 2) s
      where k.number like 'BENCH-%'`),
  );

  // Settlements by a hash of the instalment: 65% paid in full (confirmed), 10% part paid
  // (confirmed), 5% paid but pending finance (AR-4: not counted), 20% nothing yet.
  await step('settlements', () =>
    db.execute(sql`
      insert into settlements (instalment_id, source_type, source_id, amount_fen, confirmed_at, created_at)
      select i.id, 'payment', gen_random_uuid(),
        case when h < 13 then i.amount_fen else i.amount_fen / 2 end,
        case when h < 15 then i.due_date::timestamptz else null end,
        i.due_date::timestamptz
      from (select id, amount_fen, due_date, abs(hashtext(id::text)) % 20 as h from instalments) i
      where i.h < 16`),
  );

  // AR-4: the instalments' stored settled, collected and reserved amounts, from the settlements in
  // one set-based update (the use cases keep them per write; this data bypasses them).
  await step('stored amounts', () => refreshAllInstalmentAmounts(db));

  // The update wrote a new version of most rows into every index on the amounts (the partial
  // open-instalment indexes among them): rebuilt, they are the size a migration's backfill leaves.
  await step('reindex', () => db.execute(sql`reindex table instalments`));
  // Vacuum too: the update leaves a dead version of most instalments, and index-only scans of
  // the open-instalment indexes need the visibility map.
  await step('vacuum analyze', () => db.execute(sql`vacuum analyze`));
  // The reconciliation check (as GET /api/receivables/verify-amounts): stored = Σ settlements.
  await step('reconciliation check', async () => {
    const report = await verifyInstalmentAmounts(db);
    if (!report.ok) throw new Error(`stored amounts differ on ${report.mismatchCount} instalments`);
    console.log(`  stored amounts agree with the settlements on ${report.checked} instalments`);
  });
  const [counts] = await queryRows<{ contracts: string; instalments: string; settlements: string }>(
    db,
    sql`select (select count(*) from contracts) as contracts, (select count(*) from instalments) as instalments,
      (select count(*) from settlements) as settlements`,
  );
  console.log(
    `Done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${counts?.contracts} contracts, ${counts?.instalments} instalments, ${counts?.settlements} settlements`,
  );
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
