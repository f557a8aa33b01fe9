/**
 * The HTTP bench (issue 12): the real server as a child process (WEB_CONCURRENCY 1 and 2) on the
 * PostgreSQL bench data set, load-tested with autocannon on the hot endpoints and a realistic mix,
 * beside the same SQL run directly through node-postgres and through pgbench at the same
 * concurrency. Prints req/s, p50, p99, the server processes' RSS and the app/node-pg ratio, and
 * writes bench/results/http-<date>.json. Not part of `npm test`.
 *
 *   npm run bench:http                                   (100,000 customers, 1,000,000 instalments)
 *   npm run bench:http -- --customers=2000 --duration=2  (a small data set: a smoke run)
 *
 * Options: --duration=S (20) --connections=N (20) --concurrency=1,2 --runs=N (3, medians)
 * --only=me,mixed,… --customers=N (100000) --contracts=N (customers × 5) --reseed --log-level=L (info)
 * --explain (no load: the plan of each captured statement, to bench/.data/explain-http-*.txt).
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xg_bench_http) names the
 * database; it is seeded (bench/seed.ts, then bench/seed-receivables.ts --append) unless it
 * already holds the data set of that size. PGBENCH names the pgbench binary.
 *
 * The SQL columns: each endpoint's statements are captured at the driver (pg.Client#query) from
 * one warm request through the application in this process (session and actor lookups
 * included), then replayed with the same text and parameters — node-postgres: one pooled client
 * per request, the statements one after another; pgbench: one script per endpoint with the
 * parameters written in as literals, a request per script run. Where the app sends two
 * statements at once (a list's page and count), the replay sends them one after the other.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { prepareValue } from 'pg/lib/utils.js';
import { openPostgres } from '../server/src/db/client.js';
import { migrateDatabase } from '../server/src/db/migrate.js';
import { DEMO_PASSWORD } from '../server/src/demo/demo-org.js';
import { buildBenchApp, signIn } from './bench-app.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const dataDir = path.join(benchDir, '.data');
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/xg_bench_http';
const PGBENCH = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const numberOption = (name: string, fallback: number) => {
  const v = option(name);
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}=${v}: a positive number`);
  return n;
};
const DURATION = numberOption('duration', 20);
const CONNECTIONS = numberOption('connections', 20);
const RUNS = numberOption('runs', 3);
const CUSTOMERS = numberOption('customers', 100_000);
const CONTRACTS = numberOption('contracts', CUSTOMERS * 5);
const CONCURRENCY = (option('concurrency') ?? '1,2').split(',').map(Number);
const ONLY = option('only')?.split(',');
const LOG_LEVEL = option('log-level') ?? 'info';
const RESEED = process.argv.includes('--reseed');
/** Only the plans: EXPLAIN (ANALYZE, BUFFERS) of each captured statement, to bench/.data/. */
const EXPLAIN = process.argv.includes('--explain');
/** The first seconds of each server's life: connections opened, code warmed, not measured. */
const WARMUP_SECONDS = Math.min(5, DURATION);

type User = 'rep01' | 'director';
interface Endpoint {
  name: string;
  label: string;
  user: User;
  /** A path, or `detail`: the customer detail cycling over rep01's customers. */
  path: string;
}
interface Mixed {
  name: 'mixed';
  label: string;
  parts: { endpoint: string; weight: number }[];
}

const endpoints: Endpoint[] = [
  { name: 'me', label: '/api/me (rep01)', user: 'rep01', path: '/api/me' },
  { name: 'customers-rep01', label: 'customer list, rep01', user: 'rep01', path: '/api/customers' },
  {
    name: 'customers-rep01-q',
    label: 'customer list, rep01, q=建材',
    user: 'rep01',
    path: `/api/customers?q=${encodeURIComponent('建材')}`,
  },
  { name: 'customers-director', label: 'customer list, director', user: 'director', path: '/api/customers' },
  {
    name: 'customers-director-q',
    label: 'customer list, director, q=建材',
    user: 'director',
    path: `/api/customers?q=${encodeURIComponent('建材')}`,
  },
  { name: 'customer-detail', label: 'customer detail, rep01 (cycling)', user: 'rep01', path: 'detail' },
  { name: 'todo-count', label: '待办 count (rep01)', user: 'rep01', path: '/api/todo/count' },
  { name: 'todo', label: '待办 list (rep01)', user: 'rep01', path: '/api/todo' },
  {
    name: 'notifications-count',
    label: 'notifications unread count (rep01)',
    user: 'rep01',
    path: '/api/notifications/unread-count',
  },
  { name: 'aging', label: 'aging by rep (director)', user: 'director', path: '/api/receivables/aging' },
  { name: 'receivables', label: 'receivables list (director)', user: 'director', path: '/api/receivables' },
];
/** The realistic mix of the acceptance: list 20 %, detail 30 %, me 20 %, 待办 count 20 %, aging 10 %. */
const mixed: Mixed = {
  name: 'mixed',
  label: 'mixed (list 20, detail 30, me 20, 待办 count 20, aging 10)',
  parts: [
    { endpoint: 'customers-rep01', weight: 20 },
    { endpoint: 'customer-detail', weight: 30 },
    { endpoint: 'me', weight: 20 },
    { endpoint: 'todo-count', weight: 20 },
    { endpoint: 'aging', weight: 10 },
  ],
};
const rows = [...endpoints, mixed].filter((r) => !ONLY || ONLY.includes(r.name));
if (rows.length === 0) throw new Error(`--only=${ONLY}: none of ${[...endpoints, mixed].map((r) => r.name)}`);
const endpointByName = new Map(endpoints.map((e) => [e.name, e]));
const neededEndpoints = new Set<string>();
for (const r of rows) {
  if (r.name === 'mixed') for (const p of mixed.parts) neededEndpoints.add(p.endpoint);
  else neededEndpoints.add(r.name);
}

// ---- statistics ---------------------------------------------------------------------------

const median = (values: number[]) => {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const weightedPicker = <T>(items: { item: T; weight: number }[]) => {
  const total = items.reduce((s, i) => s + i.weight, 0);
  return () => {
    let r = Math.random() * total;
    for (const i of items) {
      r -= i.weight;
      if (r < 0) return i.item;
    }
    return (items[items.length - 1] as { item: T }).item;
  };
};

// ---- the data set -------------------------------------------------------------------------

async function dataCounts(): Promise<{ customers: number; instalments: number } | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    if ((err as { code?: string }).code === '3D000') return null; // no such database
    throw err;
  }
  try {
    const { rows } = await client.query(
      `select (select count(*) from customers where remark = 'bench')::int as customers,
              (select count(*) from instalments)::int as instalments`,
    );
    return rows[0] as { customers: number; instalments: number };
  } catch {
    return null; // not migrated
  } finally {
    await client.end();
  }
}

function runScript(file: string, args: string[]) {
  console.log(`\n$ tsx bench/${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_DATABASE_URL: url },
  });
  if (r.status !== 0) throw new Error(`bench/${file} failed (${r.status})`);
}

async function ensureData() {
  const counts = await dataCounts();
  if (!RESEED && counts?.customers === CUSTOMERS && counts.instalments === CONTRACTS * 2) {
    console.log(`Reusing ${url}: ${CUSTOMERS} customers, ${counts.instalments} instalments`);
    // A data set seeded by an older version: its migrations first (the capture below runs the
    // application in this process before any server has started and migrated).
    const database = openPostgres(url, 1);
    try {
      const migrations = async () =>
        Number(
          (
            (await database.db.execute(
              sql`select count(*) as n from drizzle.__drizzle_migrations`,
            )) as unknown as {
              rows: { n: string }[];
            }
          ).rows[0]?.n,
        );
      const before = await migrations();
      await migrateDatabase(database);
      // New migrations may have rewritten tables (a generated column): vacuum as autovacuum
      // would, so that index-only scans find the visibility map set.
      if ((await migrations()) !== before) await database.db.execute(sql`vacuum analyze`);
    } finally {
      await database.close();
    }
    return counts;
  }
  console.log(
    `Seeding ${url}: ${CUSTOMERS} customers, ${CONTRACTS} contracts (${CONTRACTS * 2} instalments)`,
  );
  runScript('seed.ts', ['--db=postgres', `--customers=${CUSTOMERS}`]);
  runScript('seed-receivables.ts', ['--append', `--contracts=${CONTRACTS}`]);
  const after = await dataCounts();
  if (!after) throw new Error('the seed left no data');
  return after;
}

// ---- the SQL each endpoint sends ----------------------------------------------------------

interface Statement {
  text: string;
  values: unknown[];
  rowMode?: string;
  types?: unknown;
}
let capturing: Statement[] | null = null;
{
  // Every statement of every pooled client, while `capturing` is set.
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (capturing) {
      const [config, values] = args;
      if (typeof config === 'string')
        capturing.push({ text: config, values: Array.isArray(values) ? values : [] });
      else if (config && typeof (config as Statement).text === 'string') {
        const c = config as Statement;
        capturing.push({
          text: c.text,
          values: c.values ?? (Array.isArray(values) ? values : []),
          rowMode: c.rowMode,
          types: c.types,
        });
      }
    }
    return original.apply(this, args);
  };
}

/** The statements one warm request of each endpoint sends, captured through the app in this process. */
async function captureStatements(detailId: string): Promise<Map<string, Statement[]>> {
  const database = openPostgres(url, 10);
  const app = await buildBenchApp(database);
  const cookies = new Map<User, string>();
  for (const user of ['rep01', 'director'] as const) cookies.set(user, await signIn(app, user));
  const out = new Map<string, Statement[]>();
  for (const name of neededEndpoints) {
    const e = endpointByName.get(name) as Endpoint;
    const target = e.path === 'detail' ? `/api/customers/${detailId}` : e.path;
    const send = () =>
      app.inject({ method: 'GET', url: target, headers: { cookie: cookies.get(e.user) ?? '' } });
    // Two warm requests first (caches filled as in steady state), then the captured one.
    for (let i = 0; i < 2; i++) await send();
    capturing = [];
    const res = await send();
    out.set(name, capturing);
    capturing = null;
    if (res.statusCode !== 200) throw new Error(`${e.label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  await app.close();
  await database.close();
  return out;
}

/** `--explain`: the plan of each statement an endpoint sends, as run (bench/.data/explain-http-*.txt). */
async function explainStatements(statements: Map<string, Statement[]>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await mkdir(dataDir, { recursive: true });
    for (const [name, list] of statements) {
      const parts: string[] = [];
      for (const st of list) {
        if (!/^\s*(\/\*[^*]*\*\/\s*)?(select|with)/i.test(st.text)) continue;
        const { rows: plan } = await client.query(`explain (analyze, buffers) ${st.text}`, st.values);
        parts.push(`${st.text}\n\n${plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
      }
      const file = path.join(dataDir, `explain-http-${name}.txt`);
      await writeFile(file, `${parts.join(`\n\n${'-'.repeat(80)}\n\n`)}\n`);
      console.log(`  ${file}`);
    }
  } finally {
    await client.end();
  }
}

/** node-postgres: `connections` requests in flight for `seconds`, each its statements in order on one client. */
async function runNodePg(pick: () => Statement[], seconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  const latencies: number[] = [];
  const work = async (until: number, record: boolean) => {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const statements = pick();
          const t0 = performance.now();
          const client = await pool.connect();
          try {
            for (const s of statements)
              await client.query({
                text: s.text,
                values: s.values,
                rowMode: s.rowMode,
                types: s.types,
              } as never);
          } finally {
            client.release();
          }
          if (record) latencies.push(performance.now() - t0);
        }
      }),
    );
  };
  await work(performance.now() + 1000, false);
  const t0 = performance.now();
  await work(t0 + seconds * 1000, true);
  const elapsed = (performance.now() - t0) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

/** A statement with its parameters written in as literals (pgbench's simple protocol). */
function inlined(s: Statement): string {
  const literal = (v: unknown) => {
    const p = prepareValue(v);
    if (p === null || p === undefined) return 'NULL';
    return `'${String(p).replace(/'/g, "''")}'`;
  };
  const text = s.text.replace(/\$(\d+)/g, (_, n: string) => literal(s.values[Number(n) - 1]));
  return `${text.replace(/\s*\n\s*/g, ' ').trim()};`;
}

async function runPgbench(
  scripts: { name: string; statements: Statement[]; weight: number }[],
  seconds: number,
) {
  if (!existsSync(PGBENCH)) return { tps: Number.NaN, latency: Number.NaN };
  const args = ['-n', '-c', String(CONNECTIONS), '-j', String(Math.min(CONNECTIONS, cpus().length)), '-T'];
  args.push(String(Math.max(1, Math.round(seconds))));
  for (const s of scripts) {
    const file = path.join(dataDir, `pgbench-${s.name}.sql`);
    await writeFile(file, `${s.statements.map(inlined).join('\n')}\n`);
    args.push('-f', `${file}@${s.weight}`);
  }
  const r = spawnSync(PGBENCH, [...args, url], { encoding: 'utf8' });
  const tps = Number(/tps = ([\d.]+)/.exec(r.stdout)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(r.stdout)?.[1]);
  if (!Number.isFinite(tps)) console.warn(`pgbench failed: ${r.stderr.slice(0, 500)}`);
  return { tps, latency };
}

// ---- the server ---------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** The server processes of a started server: the process itself, or its cluster workers (not tsx's esbuild). */
function serverPids(primary: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const node = readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'node';
      if (ppid === primary && node) children.push(Number(entry));
    } catch {
      // the process has gone
    }
  }
  return children.length > 0 ? children : [primary];
}

function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

interface Server {
  port: number;
  child: ChildProcess;
  log: string;
  stop(): Promise<void>;
}

/** The compiled server (scripts/build-server.mjs), as `npm start` runs it; built once per bench run. */
const serverEntry = path.join(root, 'server', 'dist', 'main.js');
let serverBuilt = false;

async function startServer(processes: number): Promise<Server> {
  if (!serverBuilt) {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-server.mjs')], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the server did not build');
    serverBuilt = true;
  }
  const port = await freePort();
  const log = path.join(dataDir, `http-server-${port}.log`);
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, ['--enable-source-maps', serverEntry], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      DATABASE_URL: url,
      WEB_CONCURRENCY: String(processes),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: LOG_LEVEL,
      LOGIN_RATE_LIMIT: '1000000',
      // Jobs would change the data under the load (the pool sweep returns stale customers).
      SCHEDULER: 'off',
    },
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  // Ready when every process listens: the single process prints its banner; the primary of a
  // cluster prints a line per worker that listens.
  const started = performance.now();
  for (;;) {
    if (exited) throw new Error(`the server exited at start; see ${log}`);
    if (performance.now() - started > 180_000) throw new Error(`the server did not start; see ${log}`);
    const text = readFileSync(log, 'utf8');
    const ready =
      processes === 1
        ? text.includes('is running at')
        : (text.match(/^worker \d+ listening/gm)?.length ?? 0) >= processes;
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    child,
    log,
    async stop() {
      if (!exited) {
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await gone;
        clearTimeout(timer);
      }
      await rm(log, { force: true });
    },
  };
}

async function httpSignIn(port: number, user: User): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${user}: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Responses by status code (200 …), to tell what the non-2xx were. */
  statuses: Record<string, number>;
}

/** autocannon against the server: each request's path and cookie from `next`. */
async function load(
  port: number,
  next: () => { path: string; cookie: string },
  seconds: number,
): Promise<Load> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => {
          const n = next();
          return { ...req, path: n.path, headers: { cookie: n.cookie } };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses: Object.fromEntries(
      Object.entries((result.statusCodeStats ?? {}) as Record<string, { count: number }>).map(([k, v]) => [
        k,
        v.count,
      ]),
    ),
  };
}

// ---- the run ------------------------------------------------------------------------------

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  rssMb: number;
}

async function main() {
  await mkdir(dataDir, { recursive: true });
  const counts = await ensureData();

  // rep01's customers, for the detail rows (the bench seed's owner rotation gives each rep many).
  const ids = await (async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows: r } = await client.query(
      `select c.id from customers c join users u on u.id = c.owner_id
       where u.username = 'rep01' order by c.id limit 100`,
    );
    await client.end();
    return r.map((x: { id: string }) => x.id);
  })();
  if (ids.length === 0) throw new Error('rep01 owns no customers in the bench database');

  console.log('\nCapturing the SQL of each endpoint…');
  const statements = await captureStatements(ids[0] as string);
  for (const [name, s] of statements) console.log(`  ${name}: ${s.length} statements`);
  if (EXPLAIN) {
    await explainStatements(statements);
    return;
  }

  const sqlPicker = (row: Endpoint | Mixed) =>
    row.name === 'mixed'
      ? weightedPicker(
          (row as Mixed).parts.map((p) => ({
            item: statements.get(p.endpoint) as Statement[],
            weight: p.weight,
          })),
        )
      : () => statements.get(row.name) as Statement[];
  const pgbenchScripts = (row: Endpoint | Mixed) =>
    row.name === 'mixed'
      ? (row as Mixed).parts.map((p) => ({
          name: p.endpoint,
          statements: statements.get(p.endpoint) as Statement[],
          weight: p.weight,
        }))
      : [{ name: row.name, statements: statements.get(row.name) as Statement[], weight: 1 }];

  const app = new Map<string, Measure[]>(); // `${row}@${processes}` → one per run
  const nodePg = new Map<string, { rps: number; p50: number; p99: number }[]>();
  const pgbench = new Map<string, { tps: number; latency: number }[]>();
  const push = <T>(m: Map<string, T[]>, key: string, v: T) => m.set(key, [...(m.get(key) ?? []), v]);

  for (let run = 1; run <= RUNS; run++) {
    console.log(`\nRun ${run} of ${RUNS}`);
    for (const processes of CONCURRENCY) {
      const server = await startServer(processes);
      try {
        const cookies = {
          rep01: await httpSignIn(server.port, 'rep01'),
          director: await httpSignIn(server.port, 'director'),
        };
        let cursor = 0;
        const requestOf = (name: string) => {
          const e = endpointByName.get(name) as Endpoint;
          const p = e.path === 'detail' ? `/api/customers/${ids[cursor++ % ids.length]}` : e.path;
          return { path: p, cookie: cookies[e.user] };
        };
        await load(server.port, () => requestOf('me'), WARMUP_SECONDS);
        for (const row of rows) {
          const next =
            row.name === 'mixed'
              ? (() => {
                  const pick = weightedPicker(
                    mixed.parts.map((p) => ({ item: p.endpoint, weight: p.weight })),
                  );
                  return () => requestOf(pick());
                })()
              : () => requestOf(row.name);
          const r = await load(server.port, next, DURATION);
          const rss = Math.max(...serverPids(server.child.pid as number).map(rssMb));
          if (r.non2xx > 0 || r.errors > 0)
            console.warn(`  ${row.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
          push(app, `${row.name}@${processes}`, { rps: r.rps, p50: r.p50, p99: r.p99, rssMb: rss });
          console.log(
            `  ${row.name} × ${processes} process(es): ${fmt(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, RSS ${fmt(rss)} MB`,
          );
        }
      } finally {
        await server.stop();
      }
    }
    for (const row of rows) {
      const n = await runNodePg(sqlPicker(row), DURATION);
      push(nodePg, row.name, n);
      const b = await runPgbench(pgbenchScripts(row), DURATION);
      push(pgbench, row.name, b);
      console.log(`  ${row.name} SQL: node-pg ${fmt(n.rps)} req/s, pgbench ${fmt(b.tps)} tps`);
    }
  }

  // ---- report -----------------------------------------------------------------------------
  const date = new Date().toISOString().slice(0, 10);
  const header = [
    '| endpoint | processes | req/s | p50 ms | p99 ms | RSS MB | node-pg req/s | pgbench tps | app / node-pg |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lines: string[] = [];
  const results = [];
  for (const row of rows) {
    const n = nodePg.get(row.name) ?? [];
    const b = pgbench.get(row.name) ?? [];
    const sqlRps = median(n.map((x) => x.rps));
    const tps = median(b.map((x) => x.tps));
    for (const processes of CONCURRENCY) {
      const m = app.get(`${row.name}@${processes}`) ?? [];
      const med = {
        rps: median(m.map((x) => x.rps)),
        p50: median(m.map((x) => x.p50)),
        p99: median(m.map((x) => x.p99)),
        rssMb: median(m.map((x) => x.rssMb)),
      };
      lines.push(
        `| ${row.label} | ${processes} | ${fmt(med.rps)} | ${fmt(med.p50, 1)} | ${fmt(med.p99, 1)} | ${fmt(med.rssMb)} | ${fmt(sqlRps)} | ${fmt(tps)} | ${fmt(med.rps / sqlRps, 2)} |`,
      );
      results.push({
        name: row.name,
        label: row.label,
        processes,
        median: { ...med, nodePgRps: sqlRps, pgbenchTps: tps, ratio: med.rps / sqlRps },
        runs: m,
      });
    }
    results.push({ name: row.name, sql: { nodePg: n, pgbench: b, statements: sqlPicker(row)().length } });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}`;
  const summary = `${counts.customers.toLocaleString('en')} customers, ${counts.instalments.toLocaleString('en')} instalments; ${CONNECTIONS} connections × ${DURATION} s; median of ${RUNS} run(s); ${machine}; load average ${loadavg()[0]?.toFixed(1)} at the end; ${date}.`;
  console.log(`\n${summary}\n\n${[...header, ...lines].join('\n')}\n`);
  await mkdir(path.join(benchDir, 'results'), { recursive: true });
  const file = path.join(benchDir, 'results', `http-${date}.json`);
  await writeFile(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        loadAverage: loadavg(),
        data: counts,
        options: {
          duration: DURATION,
          connections: CONNECTIONS,
          runs: RUNS,
          concurrency: CONCURRENCY,
          logLevel: LOG_LEVEL,
        },
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Written to ${path.relative(root, file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
