/**
 * CUS-1 search at bench scale (ADR 19): the customer list with a two-character search (`建材`
 * and others), as rep01 and as the director, through the application's own list query — p50 and
 * p99 — beside the search condition alone with the bigram prefilter and as it was before it.
 * Prints a Markdown table and the plan (EXPLAIN ANALYZE) of each list query; the plans also go
 * to bench/.data/explain-search-<db>.txt.
 *
 *   npm run bench:seed -- --db=pglite [--customers=5000]    (or --db=postgres)
 *   npm run bench:search -- --db=pglite | --db=postgres   [--requests=50]
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, count, type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../server/src/db/client.js';
import { customerSearchCondition, listCustomers } from '../server/src/modules/customers/queries.js';
import { ZCustomerQuery } from '../server/src/modules/customers/schemas.js';
import { customerReadScope } from '../server/src/modules/customers/scope.js';
import { customers } from '../server/src/modules/customers/tables.js';
import { loadModules } from '../server/src/modules/index.js';
import { loadActor } from '../server/src/platform/access/actor.js';
import type { Actor } from '../server/src/platform/context.js';
import { searchBeforeBigrams } from '../server/test/search-before-bigrams.js';
import { benchDir, engineFromArgs, openBenchDatabase } from './bench-db.js';

const REQUESTS = Number(process.argv.find((a) => a.startsWith('--requests='))?.slice(11) ?? 50);
const WARMUP = 5;

/** Two characters each: a trade in one name in twelve, a name fragment, a contact's name, pinyin, a phone fragment. */
const terms = ['建材', '华宇', '王伟', 'bj', '210000'];

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

function percentiles(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

async function timed(work: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await work();
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await work();
    latencies.push(performance.now() - t0);
  }
  return percentiles(latencies);
}

async function main() {
  const engine = engineFromArgs();
  loadModules();
  const database = await openBenchDatabase(engine);
  const db = database.db;
  const [counts] = await queryRows<{ customers: string; contacts: string }>(
    db,
    sql`select (select count(*) from customers) as customers, (select count(*) from customer_contacts) as contacts`,
  );
  const actors: [string, Actor][] = [];
  for (const username of ['rep01', 'director']) {
    const [user] = await queryRows<{ id: string }>(
      db,
      sql`select id from users where username = ${username}`,
    );
    const actor = user ? await loadActor(db, user.id) : null;
    if (!actor) throw new Error(`no user ${username}: run npm run bench:seed first`);
    actors.push([username, actor]);
  }
  const matches = (actor: Actor, condition: SQL) =>
    db
      .select({ n: count() })
      .from(customers)
      .where(and(customerReadScope(actor), condition));

  const rows: string[] = [];
  const plans: string[] = [];
  for (const term of terms) {
    for (const [username, actor] of actors) {
      const query = ZCustomerQuery.parse({ q: term, page: 1, pageSize: 20 });
      const list = await timed(() => listCustomers(db, actor, query));
      const indexed = await timed(() => matches(actor, customerSearchCondition(term)));
      const before = await timed(() => matches(actor, searchBeforeBigrams(term)));
      const [found] = await matches(actor, customerSearchCondition(term));
      const [foundBefore] = await matches(actor, searchBeforeBigrams(term));
      if (found?.n !== foundBefore?.n)
        throw new Error(`${term} as ${username}: ${found?.n} matches, ${foundBefore?.n} before the index`);
      rows.push(
        `| ${term} | ${username} | ${found?.n} | ${ms(list.p50)} | ${ms(list.p99)} | ${ms(indexed.p50)} | ${ms(before.p50)} |`,
      );
      console.error(
        `${term} ${username}: list p50 ${ms(list.p50)} ms, p99 ${ms(list.p99)} ms; matches ${ms(indexed.p50)} ms (before ${ms(before.p50)} ms)`,
      );
      // The plan of the list's own statement on customers, captured at the driver.
      database.captured.length = 0;
      database.capturing = true;
      await listCustomers(db, actor, query);
      database.capturing = false;
      for (const c of database.captured.filter((s) => /from "customers"/.test(s.text))) {
        const plan = (await database.raw(`explain (analyze, buffers) ${c.text}`, c.params)) as {
          rows: Record<string, string>[];
        };
        plans.push(
          `## ${term}, ${username}\n-- params: ${JSON.stringify(c.params)}\n${plan.rows.map((r) => Object.values(r)[0]).join('\n')}\n`,
        );
      }
    }
  }

  const table = [
    `### Two-character search, ${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}`,
    '',
    `${Number(counts?.customers).toLocaleString('en')} customers, ${Number(counts?.contacts).toLocaleString('en')} contacts; ${REQUESTS} runs per row after ${WARMUP} warm-up, one at a time; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| term | as | matches | list p50 ms | list p99 ms | matches p50 ms (bigrams) | matches p50 ms (before) |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  console.log(table);
  console.log(`\n${plans.join('\n')}`);
  await writeFile(path.join(benchDir, '.data', `explain-search-${engine}.txt`), plans.join('\n'));
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
