/**
 * The customer list and detail at bench scale, through the whole application (buildApp +
 * app.inject: routing, session, permission, scope, query, serialisation) beside the same SQL
 * run directly on the driver. Prints a Markdown table for README.md; EXPLAIN output and raw
 * numbers go to bench/.data/.
 *
 *   npm run bench -- --db=pglite | --db=postgres   [--requests=200]
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/src/db/client.js';
import { buildBenchApp, signIn } from './bench-app.js';
import { benchDir, type Captured, engineFromArgs, openBenchDatabase } from './bench-db.js';

const REQUESTS = Number(process.argv.find((a) => a.startsWith('--requests='))?.slice(11) ?? 200);
const WARMUP = 10;
const CONCURRENCY = 8;

interface Scenario {
  name: string;
  user: string;
  urls: string[];
}

interface Stats {
  p50: number;
  p99: number;
  rps: number;
}

function stats(latencies: number[], elapsedMs: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), rps: (latencies.length * 1000) / elapsedMs };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

async function main() {
  const engine = engineFromArgs();
  const database = await openBenchDatabase(engine);
  const db = database.db;
  const app = await buildBenchApp(database);

  const [counts] = await queryRows<{ customers: string; contacts: string; follow_ups: string }>(
    db,
    sql`select (select count(*) from customers) as customers, (select count(*) from customer_contacts) as contacts,
      (select count(*) from follow_ups) as follow_ups`,
  );
  const cookies = new Map<string, string>();
  for (const username of ['rep01', 'director']) cookies.set(username, await signIn(app, username));
  const idsOf = async (where: ReturnType<typeof sql>) =>
    (
      await queryRows<{ id: string }>(
        db,
        sql`select id from customers where ${where} order by md5(id::text) limit 100`,
      )
    ).map((r) => r.id);
  const rep01Ids = await idsOf(
    sql`owner_id = (select id from users where username = 'rep01') and lifecycle = 'customer'`,
  );
  const anyIds = await idsOf(sql`lifecycle = 'customer'`);
  const q = encodeURIComponent('建材');

  const scenarios: Scenario[] = [
    { name: 'list, rep01, first page', user: 'rep01', urls: ['/api/customers?page=1&pageSize=20'] },
    {
      name: 'list, rep01, level=A&q=建材',
      user: 'rep01',
      urls: [`/api/customers?level=A&q=${q}&page=1&pageSize=20`],
    },
    { name: 'list, director, first page', user: 'director', urls: ['/api/customers?page=1&pageSize=20'] },
    {
      name: 'list, director, level=A&q=建材',
      user: 'director',
      urls: [`/api/customers?level=A&q=${q}&page=1&pageSize=20`],
    },
    {
      name: 'list, director, level=A, page 50',
      user: 'director',
      urls: ['/api/customers?level=A&page=50&pageSize=20'],
    },
    {
      name: 'list, director, q=bjhy (pinyin)',
      user: 'director',
      urls: ['/api/customers?q=bjhy&page=1&pageSize=20'],
    },
    {
      name: 'detail, rep01 (own customers)',
      user: 'rep01',
      urls: rep01Ids.map((id) => `/api/customers/${id}`),
    },
    {
      name: 'detail, director (any customer)',
      user: 'director',
      urls: anyIds.map((id) => `/api/customers/${id}`),
    },
  ];

  const request = async (s: Scenario, i: number) => {
    const url = s.urls[i % s.urls.length] ?? '';
    const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(s.user) ?? '' } });
    if (res.statusCode !== 200)
      throw new Error(`${s.name} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res;
  };

  /** The customer statements one request sends (auth and session queries left out). */
  const captureSql = async (s: Scenario, i: number): Promise<Captured[]> => {
    database.captured.length = 0;
    database.capturing = true;
    await request(s, i);
    database.capturing = false;
    return database.captured.filter((c) => /from "customers"/.test(c.text));
  };

  const rows: string[] = [];
  const raw: Record<string, unknown> = {};
  const explains: string[] = [];
  for (const s of scenarios) {
    for (let i = 0; i < WARMUP; i++) await request(s, i);
    // Sequential: latency of one request at a time.
    const latencies: number[] = [];
    let t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const a = performance.now();
      await request(s, i);
      latencies.push(performance.now() - a);
    }
    const seq = stats(latencies, performance.now() - t0);
    // Concurrent: throughput with CONCURRENCY requests in flight.
    t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) await request(s, next++);
      }),
    );
    const concurrentRps = (REQUESTS * 1000) / (performance.now() - t0);
    // The same SQL straight on the driver (the statements of one request, run one after another).
    const sqlLatencies: number[] = [];
    const statementsOf: Captured[][] = [];
    for (let i = 0; i < Math.min(s.urls.length, 20); i++) statementsOf.push(await captureSql(s, i));
    t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const a = performance.now();
      for (const c of statementsOf[i % statementsOf.length] ?? []) await database.raw(c.text, c.params);
      sqlLatencies.push(performance.now() - a);
    }
    const direct = stats(sqlLatencies, performance.now() - t0);
    for (const c of statementsOf[0] ?? []) {
      const plan = (await database.raw(`explain (analyze, buffers) ${c.text}`, c.params)) as {
        rows: Record<string, string>[];
      };
      explains.push(
        `## ${s.name}\n${c.text}\n-- params: ${JSON.stringify(c.params)}\n${plan.rows.map((r) => Object.values(r)[0]).join('\n')}\n`,
      );
    }
    raw[s.name] = { seq, concurrentRps, direct, statements: statementsOf[0]?.length ?? 0 };
    rows.push(
      `| ${s.name} | ${ms(seq.p50)} | ${ms(seq.p99)} | ${seq.rps.toFixed(0)} | ${concurrentRps.toFixed(0)} | ${ms(direct.p50)} | ${ms(direct.p99)} |`,
    );
    console.error(`${s.name}: p50 ${ms(seq.p50)} ms, p99 ${ms(seq.p99)} ms, SQL p50 ${ms(direct.p50)} ms`);
  }

  const header = [
    `### ${engine === 'pglite' ? 'PGlite (embedded, one connection)' : 'PostgreSQL (node-postgres pool of 10)'}`,
    '',
    `${Number(counts?.customers).toLocaleString('en')} customers, ${Number(counts?.contacts).toLocaleString('en')} contacts, ${Number(counts?.follow_ups).toLocaleString('en')} follow-ups; ${REQUESTS} requests per row after ${WARMUP} warm-up; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| request | HTTP p50 ms | HTTP p99 ms | req/s (1 at a time) | req/s (8 in flight) | SQL p50 ms | SQL p99 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const table = [...header, ...rows].join('\n');
  console.log(table);
  await writeFile(path.join(benchDir, '.data', `results-${engine}.json`), JSON.stringify(raw, null, 2));
  await writeFile(path.join(benchDir, '.data', `results-${engine}.md`), `${table}\n`);
  await writeFile(path.join(benchDir, '.data', `explain-${engine}.txt`), explains.join('\n'));
  await app.close();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
