import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, queryRows } from '../src/db/client.js';
import { LOCK_FILE } from '../src/db/data-dir-lock.js';
import { DEMO_PASSWORD } from '../src/demo/demo-org.js';
import { verifyAuditChain } from '../src/platform/audit/verify.js';
import { compiledServer } from './build-server.js';
import { freePort } from './free-port.js';

const serverDir = path.resolve(import.meta.dirname, '..');
const IN_FLIGHT = 8;
const ACKNOWLEDGED_BEFORE_KILL = 40;
// Generous for a loaded machine; the whole test takes about 35 s on an idle one.
const STARTUP_TIMEOUT_MS = 120_000;

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
}

/**
 * The real server as `npm start` runs it, in ONE process (the compiled server under plain node,
 * no npm or start script in between): the process that SIGKILL hits is the one holding the database.
 */
async function startServer(dataDir: string, backupDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, compiledServer, {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      BACKUP_DIR: backupDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  const server: Server = { child, base: `http://127.0.0.1:${port}`, exited, output: () => log };
  // A new data directory loads the demo company first (about 12 s on an idle machine).
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited:\n${log}`);
    if (Date.now() > deadline) throw new Error(`server not healthy after ${STARTUP_TIMEOUT_MS} ms:\n${log}`);
    const ok = await fetch(`${server.base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function signIn(server: Server, username: string): Promise<string> {
  const res = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('crash safety of the embedded database', () => {
  const started: Server[] = [];
  let root = '';
  afterAll(async () => {
    for (const s of started)
      if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('a second server on the same DATA_DIR is refused; after SIGKILL amid concurrent writes, every acknowledged write is there on restart and the audit chain verifies', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'xg-crash-'));
    const dataDir = path.join(root, 'data');
    const backupDir = path.join(root, 'backups');
    const first = await startServer(dataDir, backupDir); // a new data directory: demo data loaded
    started.push(first);
    const pid = first.child.pid ?? 0;
    expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(pid);
    // A second server on the same data directory is refused: two processes would corrupt it.
    const intruder = await startServer(dataDir, backupDir).then(
      (s) => {
        started.push(s);
        return 'started';
      },
      (err: Error) => err.message,
    );
    expect(intruder).toContain(`${dataDir} is in use by process ${pid} (server`);
    const cookie = await signIn(first, 'rep01');

    // IN_FLIGHT writers, each creating customers one after another; a 2xx answer is an acknowledgement.
    const acknowledged = new Map<string, string>(); // id → name
    let answered = 0;
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const name = `崩溃测试-${w}-${i}`;
        try {
          const res = await fetch(`${first.base}/api/customers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ name, level: 'C' }),
          });
          const body = (await res.json()) as { customer?: { id: string } };
          answered++;
          if (res.ok && body.customer) acknowledged.set(body.customer.id, name);
          else throw new Error(`write refused: ${res.status} ${JSON.stringify(body)}`);
        } catch (err) {
          if (killed) return; // the connection died with the server: not acknowledged
          throw err;
        }
      }
    };
    const writers = Array.from({ length: IN_FLIGHT }, (_, w) => writer(w));
    const enough = (async () => {
      while (acknowledged.size < ACKNOWLEDGED_BEFORE_KILL) await new Promise((r) => setTimeout(r, 5));
    })();
    await Promise.race([enough, Promise.all(writers)]); // a refused write fails the test here
    first.child.kill('SIGKILL');
    killed = true;
    expect(await first.exited).toBe('SIGKILL');
    await Promise.all(writers);
    const acked = new Map(acknowledged);
    expect(acked.size).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    expect(isAlive(pid)).toBe(false);
    // The killed server's lock is left behind; the restart takes it over.
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);

    const second = await startServer(dataDir, backupDir);
    started.push(second);
    const again = await signIn(second, 'rep01');
    for (const [id, name] of acked) {
      const res = await fetch(`${second.base}/api/customers/${id}`, { headers: { cookie: again } });
      expect(res.status, `customer ${name} acknowledged before the kill`).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe(name);
    }
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

    const database = await openPglite(dataDir);
    try {
      const audited = await queryRows<{ id: string }>(
        database.db,
        sql`select entity_id as id from audit_log where entity = 'customer' and action = 'customer.create'`,
      );
      const auditedIds = new Set(audited.map((r) => r.id));
      for (const id of acked.keys()) expect(auditedIds.has(id)).toBe(true);
      const chain = await verifyAuditChain(database.db);
      expect(chain.ok).toBe(true);
      expect(chain.checked).toBeGreaterThan(acked.size);
    } finally {
      await database.close();
    }
    console.info(`crash test: ${acked.size} acknowledged of ${answered} answered writes before SIGKILL`);
  }, 300_000);
});
