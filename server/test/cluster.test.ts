import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../src/db/client.js';
import { DEMO_PASSWORD } from '../src/demo/demo-org.js';
import { compiledServer } from './build-server.js';
import { freePort } from './free-port.js';
import { createTestDatabase, databaseUrlOf } from './test-db.js';

const serverDir = path.resolve(import.meta.dirname, '..');
// Generous for a loaded machine.
const TIMEOUT_MS = 120_000;

/** The real server (compiled, as `npm start` runs it) with its output collected. */
function startServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, compiledServer, {
    cwd: serverDir,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => log };
}

async function waitFor(what: string, output: () => string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what} not seen after ${TIMEOUT_MS} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const listeningPids = (log: string) =>
  [...log.matchAll(/^worker \d+ listening \(pid (\d+)\)/gm)].map((m) => Number(m[1]));
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WEB_CONCURRENCY', () => {
  it('is refused above 1 on the embedded database, with the reason', async () => {
    const server = startServer({ DATABASE_URL: '', WEB_CONCURRENCY: '2', PORT: String(await freePort()) });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('WEB_CONCURRENCY=2 needs PostgreSQL (DATABASE_URL)');
  }, 60_000);
});

/** Forked processes on one PostgreSQL database; the embedded database has one process only. */
describe.skipIf(!process.env.DATABASE_URL)('WEB_CONCURRENCY=2 on PostgreSQL', () => {
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
  });

  it('serves from two workers, restarts one that dies, runs each job tick once and stops on SIGTERM', async () => {
    database = await createTestDatabase({ demo: true });
    const url = databaseUrlOf(database) ?? '';
    const port = await freePort();
    const server = startServer({ DATABASE_URL: url, WEB_CONCURRENCY: '2', PORT: String(port) });
    try {
      await waitFor('two workers listening', server.output, () => listeningPids(server.output()).length >= 2);
      const base = `http://127.0.0.1:${port}`;
      const signIn = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'rep01', password: DEMO_PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      // Connections go round-robin to the workers: the session holds on every one.
      for (let i = 0; i < 6; i++) {
        expect((await fetch(`${base}/api/me`, { headers: { cookie } })).status).toBe(200);
      }

      // A worker killed outright is replaced; the server keeps answering meanwhile.
      const [victim] = listeningPids(server.output());
      process.kill(victim as number, 'SIGKILL');
      await waitFor(
        'a third worker listening',
        server.output,
        () => listeningPids(server.output()).length >= 3,
      );
      expect(server.output()).toMatch(/worker \d+ exited \(signal SIGKILL\); starting another in 1 s/);
      expect((await fetch(`${base}/api/me`, { headers: { cookie } })).status).toBe(200);

      // Both workers run the scheduler (interval jobs are due at start); each tick ran once (ADR 7).
      const db = database.db;
      const total = async () =>
        (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from job_runs`))[0]?.n ?? 0;
      let seen = 0;
      for (const deadline = Date.now() + TIMEOUT_MS; seen === 0 && Date.now() < deadline; ) {
        seen = await total();
        if (seen === 0) await new Promise((r) => setTimeout(r, 500));
      }
      expect(seen).toBeGreaterThan(0);
      const twice = await queryRows<{ name: string }>(
        db,
        sql`select name from job_runs group by name, tick_at, attempt having count(*) > 1`,
      );
      expect(twice).toEqual([]);

      const workers = listeningPids(server.output()).filter(isAlive);
      expect(workers).toHaveLength(2);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(workers.filter(isAlive)).toEqual([]);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 240_000);
});
