/**
 * AR-9 at bench scale: the aging report (GET /api/receivables/aging, grouped by rep and by unit,
 * as the director — scope all — and as the east sales manager — scope unit and below) through the
 * whole application (buildApp + app.inject: session, permission, scope, the aggregate,
 * serialisation) beside the same SQL run directly on the driver. PostgreSQL, the database
 * bench:seed:ar made. Prints a Markdown table for README.md; EXPLAIN output goes to bench/.data/.
 *
 *   npm run bench:ar                      [-- --requests=30]
 */
import './ar-env.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/src/db/client.js';
import { buildBenchApp, signIn } from './bench-app.js';
import { benchDir, type Captured, openBenchDatabase } from './bench-db.js';

const REQUESTS = Number(process.argv.find((a) => a.startsWith('--requests='))?.slice(11) ?? 30);
const WARMUP = 3;
const CONCURRENCY = 4;

interface Scenario {
  name: string;
  user: string;
  url: string;
}

function stats(latencies: number[], elapsedMs: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), rps: (latencies.length * 1000) / elapsedMs };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

async function main() {
  const database = await openBenchDatabase('postgres');
  const db = database.db;
  const app = await buildBenchApp(database);
  const [counts] = await queryRows<{ instalments: string; settlements: string; contracts: string }>(
    db,
    sql`select (select count(*) from instalments) as instalments, (select count(*) from settlements) as settlements,
      (select count(*) from contracts) as contracts`,
  );
  const cookies = new Map<string, string>();
  for (const username of ['director', 'manager_east']) cookies.set(username, await signIn(app, username));

  const scenarios: Scenario[] = [
    { name: 'aging by rep, director (all)', user: 'director', url: '/api/receivables/aging?groupBy=rep' },
    { name: 'aging by unit, director (all)', user: 'director', url: '/api/receivables/aging?groupBy=unit' },
    {
      name: 'aging by region, director (all)',
      user: 'director',
      url: '/api/receivables/aging?groupBy=region',
    },
    {
      name: 'aging by rep, manager_east (unit tree)',
      user: 'manager_east',
      url: '/api/receivables/aging?groupBy=rep',
    },
    {
      name: 'aging by unit, manager_east (unit tree)',
      user: 'manager_east',
      url: '/api/receivables/aging?groupBy=unit',
    },
    {
      name: 'list, director, overdue, most days first',
      user: 'director',
      url: '/api/receivables?status=overdue&sort=daysOverdue&order=desc&pageSize=20',
    },
  ];

  const request = async (s: Scenario) => {
    const res = await app.inject({
      method: 'GET',
      url: s.url,
      headers: { cookie: cookies.get(s.user) ?? '' },
    });
    if (res.statusCode !== 200) throw new Error(`${s.name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res;
  };
  /** The report statements of one request (the session, permission and policy reads left out). */
  const captureSql = async (s: Scenario): Promise<Captured[]> => {
    database.captured.length = 0;
    database.capturing = true;
    await request(s);
    database.capturing = false;
    return database.captured.filter((c) => /from instalments i/.test(c.text));
  };

  const rows: string[] = [];
  const explains: string[] = [];
  for (const s of scenarios) {
    for (let i = 0; i < WARMUP; i++) await request(s);
    const latencies: number[] = [];
    let t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const a = performance.now();
      await request(s);
      latencies.push(performance.now() - a);
    }
    const seq = stats(latencies, performance.now() - t0);
    t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < REQUESTS) await request(s);
      }),
    );
    const concurrentRps = (REQUESTS * 1000) / (performance.now() - t0);
    const statements = await captureSql(s);
    const direct: number[] = [];
    t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const a = performance.now();
      for (const c of statements) await database.raw(c.text, c.params);
      direct.push(performance.now() - a);
    }
    const d = stats(direct, performance.now() - t0);
    for (const c of statements) {
      const plan = (await database.raw(`explain (analyze, buffers) ${c.text}`, c.params)) as {
        rows: Record<string, string>[];
      };
      explains.push(
        `## ${s.name}\n${c.text}\n-- params: ${JSON.stringify(c.params)}\n${plan.rows.map((r) => Object.values(r)[0]).join('\n')}\n`,
      );
    }
    rows.push(
      `| ${s.name} | ${ms(seq.p50)} | ${ms(seq.p99)} | ${seq.rps.toFixed(1)} | ${concurrentRps.toFixed(1)} | ${ms(d.p50)} | ${ms(d.p99)} |`,
    );
    console.error(`${s.name}: p50 ${ms(seq.p50)} ms, p99 ${ms(seq.p99)} ms, SQL p50 ${ms(d.p50)} ms`);
  }
  const table = [
    'PostgreSQL (node-postgres pool of 10)',
    '',
    `${Number(counts?.contracts).toLocaleString('en')} contracts, ${Number(counts?.instalments).toLocaleString('en')} instalments, ${Number(counts?.settlements).toLocaleString('en')} settlements; ${REQUESTS} requests per row after ${WARMUP} warm-up; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `| request | HTTP p50 ms | HTTP p99 ms | req/s (1 at a time) | req/s (${CONCURRENCY} in flight) | SQL p50 ms | SQL p99 ms |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  console.log(table);
  await mkdir(path.join(benchDir, '.data'), { recursive: true });
  await writeFile(path.join(benchDir, '.data', 'results-aging.md'), `${table}\n`);
  await writeFile(path.join(benchDir, '.data', 'explain-aging.txt'), explains.join('\n'));
  await app.close();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
