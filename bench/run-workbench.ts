/**
 * OPS-5 at bench scale: the 工作台 APIs of the director (company, team, the 一览表), a regional
 * manager, a rep and finance, through the whole application (buildApp + app.inject: session,
 * permission, scopes, the indicators read model, the money and pipeline statement, aging, funnel,
 * serialisation) beside the same SQL run directly on the driver. Each endpoint twice: as served
 * (figures kept for workbench.cacheMinutes, ADR 26) and computed on every request (`fresh=true`).
 * PostgreSQL, the database bench:seed:workbench made. Prints a Markdown table for README.md;
 * EXPLAIN output goes to bench/.data/explain-workbench.txt.
 *
 *   npm run bench:workbench                 [-- --requests=20 --kept=200 --only=<part of a row's name>]
 */
import './workbench-env.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/src/db/client.js';
import { buildBenchApp, signIn } from './bench-app.js';
import { benchDir, type Captured, openBenchDatabase } from './bench-db.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
/** Requests per row computed afresh (each one the whole computation). */
const REQUESTS = arg('requests', 20);
/** Requests per row as served (kept figures, recomputed when a copy is older than the policy's minutes). */
const KEPT = arg('kept', 200);
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
const withFresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}fresh=true`;

async function main() {
  const database = await openBenchDatabase('postgres');
  const db = database.db;
  const app = await buildBenchApp(database);
  const [counts] = await queryRows<Record<string, string>>(
    db,
    sql`select (select count(*) from customers) as customers, (select count(*) from contracts) as contracts,
      (select count(*) from instalments) as instalments, (select count(*) from payments) as payments,
      (select count(*) from opportunities) as opportunities`,
  );
  const users = ['director', 'rm_east', 'rep01', 'finance'];
  const cookies = new Map<string, string>();
  for (const u of users) cookies.set(u, await signIn(app, u));

  const scenarios: Scenario[] = [
    { name: 'company, director (all)', user: 'director', url: '/api/workbench/company' },
    { name: 'company, rm_east (region)', user: 'rm_east', url: '/api/workbench/company' },
    { name: 'team, director (everyone who sells)', user: 'director', url: '/api/workbench/team' },
    { name: '一览表 this month, director', user: 'director', url: '/api/sales-status' },
    { name: 'me, rep01', user: 'rep01', url: '/api/workbench/me' },
    { name: 'finance', user: 'finance', url: '/api/workbench/finance' },
  ];

  const request = async (s: Scenario, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(s.user) ?? '' } });
    if (res.statusCode !== 200) throw new Error(`${s.name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res;
  };
  /** The statements of one computation (the session statement left out). */
  const captureSql = async (s: Scenario): Promise<Captured[]> => {
    database.captured.length = 0;
    database.capturing = true;
    await request(s, withFresh(s.url));
    database.capturing = false;
    return database.captured.filter((c) => !/from sessions/.test(c.text) && !/^(begin|commit)/i.test(c.text));
  };
  const measure = async (s: Scenario, url: string, n: number) => {
    for (let i = 0; i < WARMUP; i++) await request(s, url);
    const latencies: number[] = [];
    let t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const a = performance.now();
      await request(s, url);
      latencies.push(performance.now() - a);
    }
    const seq = stats(latencies, performance.now() - t0);
    t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < n) await request(s, url);
      }),
    );
    return { ...seq, concurrentRps: (n * 1000) / (performance.now() - t0) };
  };

  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const rows: string[] = [];
  const explains: string[] = [];
  for (const s of scenarios.filter((x) => !only || x.name.includes(only))) {
    const fresh = await measure(s, withFresh(s.url), REQUESTS);
    const kept = await measure(s, s.url, KEPT);
    const statements = await captureSql(s);
    const direct: number[] = [];
    const perStatement = statements.map(() => [] as number[]);
    let t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const a = performance.now();
      for (const [j, c] of statements.entries()) {
        const b = performance.now();
        await database.raw(c.text, c.params);
        perStatement[j]!.push(performance.now() - b);
      }
      direct.push(performance.now() - a);
    }
    const d = stats(direct, performance.now() - t0);
    t0 = performance.now();
    for (const [j, c] of statements.entries()) {
      const slow = stats(perStatement[j]!, 1).p50;
      if (slow < 5) continue;
      const plan = (await database.raw(`explain (analyze, buffers) ${c.text}`, c.params)) as {
        rows: Record<string, string>[];
      };
      explains.push(
        `## ${s.name} — statement ${j + 1} of ${statements.length}, p50 ${ms(slow)} ms\n${c.text}\n-- params: ${JSON.stringify(c.params).slice(0, 2000)}\n${plan.rows.map((r) => Object.values(r)[0]).join('\n')}\n`,
      );
    }
    const slowest = perStatement
      .map((xs, j) => ({ j, p50: stats(xs, 1).p50 }))
      .sort((a, b) => b.p50 - a.p50)
      .slice(0, 3)
      .map((x) => `${x.j + 1}: ${ms(x.p50)}`)
      .join(', ');
    rows.push(
      `| ${s.name} | ${ms(kept.p50)} | ${ms(kept.p99)} | ${kept.concurrentRps.toFixed(0)} | ${ms(fresh.p50)} | ${ms(fresh.p99)} | ${fresh.concurrentRps.toFixed(1)} | ${statements.length} | ${ms(d.p50)} | ${ms(d.p99)} | ${slowest} |`,
    );
    console.error(
      `${s.name}: kept p50 ${ms(kept.p50)} ms; computed p50 ${ms(fresh.p50)} ms, p99 ${ms(fresh.p99)} ms; SQL p50 ${ms(d.p50)} ms (${statements.length} statements; slowest ${slowest})`,
    );
  }
  const table = [
    'PostgreSQL (node-postgres pool of 10)',
    '',
    `${Number(counts?.customers).toLocaleString('en')} customers, ${Number(counts?.contracts).toLocaleString('en')} contracts, ${Number(counts?.instalments).toLocaleString('en')} instalments, ${Number(counts?.payments).toLocaleString('en')} payments, ${Number(counts?.opportunities).toLocaleString('en')} opportunities; as served: ${KEPT} requests per row, computed: ${REQUESTS}, each after ${WARMUP} warm-up; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `| request | served p50 ms | served p99 ms | served req/s (${CONCURRENCY} in flight) | computed p50 ms | computed p99 ms | computed req/s (${CONCURRENCY} in flight) | statements | SQL p50 ms | SQL p99 ms | slowest statements (#: p50 ms) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
  console.log(table);
  await mkdir(path.join(benchDir, '.data'), { recursive: true });
  await writeFile(path.join(benchDir, '.data', 'results-workbench.md'), `${table}\n`);
  await writeFile(path.join(benchDir, '.data', 'explain-workbench.txt'), explains.join('\n'));
  await app.close();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
