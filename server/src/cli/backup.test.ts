import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, databaseUrlWithName } from '../../test/pg-urls.js';
import { createTestDatabase, databaseUrlOf } from '../../test/test-db.js';
import { type Database, openPglite, openPostgres, queryRows } from '../db/client.js';
import { LOCK_FILE } from '../db/data-dir-lock.js';
import { migrateDatabase } from '../db/migrate.js';
import { loadDemoCustomers } from '../demo/demo-customers.js';
import { DEMO_PASSWORD } from '../demo/demo-org.js';
import { loadDemoData } from '../demo/load-demo.js';
import { buildApp } from '../http/app.js';
import { ensurePresetRoles } from '../modules/roles/ensure-presets.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { tableCounts } from '../platform/backup/table-counts.js';
import { BusinessClock } from '../platform/clock.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '..', '..');

/** Runs `npm run backup` / `npm run restore` as a user would (the script's own process). */
async function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `src/cli/${script}.ts`, ...args],
      {
        cwd: serverDir,
        env: { ...process.env, ...env },
      },
    );
    return { code: 0, out: stdout, err: stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

/** The demo company and its customers, then a few writes through the HTTP API as a rep. */
async function seed(database: Database) {
  const clock = new BusinessClock();
  clock.set(new Date('2026-03-02T01:00:00Z'));
  await ensurePresetRoles(database.db);
  await loadDemoData(database.db, clock);
  await loadDemoCustomers(database.db, clock);
  const { app, mail } = await buildApp({ database, clock, logLevel: 'silent', mailer: null });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'rep01', password: DEMO_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    for (const name of ['备份测试甲公司', '备份测试乙公司', '备份测试丙公司']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/customers',
        headers: { cookie },
        payload: { name, level: 'B' },
      });
      expect(res.statusCode).toBe(200);
    }
  } finally {
    await mail.idle();
    await app.close();
  }
}

async function rep01Name(database: Database): Promise<string | undefined> {
  const rows = await queryRows<{ name: string }>(
    database.db,
    sql`select display_name as name from users where username = 'rep01'`,
  );
  return rows[0]?.name;
}

const markRep01 = (database: Database) =>
  database.db.execute(
    sql`update users set display_name = 'changed after the backup' where username = 'rep01'`,
  );

describe.skipIf(Boolean(process.env.DATABASE_URL))('backup and restore of the embedded database', () => {
  let root: string;
  let dataDir: string;
  let backupDir: string;
  let env: Record<string, string>;
  let before: Record<string, number>;
  let snapshot: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'xg-backup-'));
    dataDir = path.join(root, 'data');
    backupDir = path.join(root, 'backups');
    env = { DATA_DIR: dataDir, BACKUP_DIR: backupDir, DATABASE_URL: '' };
    const database = await openPglite(dataDir);
    await migrateDatabase(database);
    await seed(database);
    before = await tableCounts(database.db);
    await database.close();
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('backup → wipe → restore: every table has as many rows as before and the audit chain verifies', async () => {
    const backup = await cli('backup', [], env);
    expect(backup.code).toBe(0);
    const files = await readdir(backupDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^xiaoguan-\d{8}-\d{6}\.tar\.gz$/);
    snapshot = path.join(backupDir, files[0] ?? '');
    expect(backup.out).toContain(snapshot);

    await rm(dataDir, { recursive: true });
    const restore = await cli('restore', [snapshot], env);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/audit chain intact: \d+ rows verified/);
    expect(restore.out).toContain(`public.customers`);

    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const restored = await openPglite(dataDir);
    try {
      expect(await tableCounts(restored.db)).toEqual(before);
      expect(before['public.customers']).toBeGreaterThan(3);
      expect(before['public.audit_log']).toBeGreaterThan(0);
      expect((await verifyAuditChain(restored.db)).ok).toBe(true);
      await markRep01(restored);
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('restore into a non-empty data directory is refused without --force and changes nothing; a damaged snapshot changes nothing; --force moves the old one aside', async () => {
    const refused = await cli('restore', [snapshot], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not empty; nothing was changed');
    expect(refused.err).toContain('--force');
    let database = await openPglite(dataDir);
    expect(await rep01Name(database)).toBe('changed after the backup');
    await database.close();
    expect((await readdir(root)).sort()).toEqual(['backups', 'data']);

    // A damaged snapshot: the restore fails as a whole and the data directory is back as it was.
    const damaged = path.join(root, 'damaged.tar.gz');
    await writeFile(damaged, gzipSync(randomBytes(4096)));
    const failed = await cli('restore', [damaged, '--force'], env);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('is not a readable snapshot');
    expect(failed.err).toContain('nothing was changed');
    await rm(damaged);
    expect((await readdir(root)).sort()).toEqual(['backups', 'data']);
    database = await openPglite(dataDir);
    expect(await rep01Name(database)).toBe('changed after the backup');
    await database.close();

    const forced = await cli('restore', [snapshot, '--force'], env);
    expect(forced.code).toBe(0);
    const aside = (await readdir(root)).find((n) => n.startsWith('data.replaced-'));
    expect(aside).toMatch(/^data\.replaced-\d{8}-\d{6}$/);
    expect(forced.out).toContain(path.join(root, aside ?? ''));
    database = await openPglite(dataDir);
    try {
      expect(await rep01Name(database)).not.toBe('changed after the backup');
      expect(await tableCounts(database.db)).toEqual(before);
    } finally {
      await database.close();
    }
    const old = await openPglite(path.join(root, aside ?? ''));
    try {
      expect(await rep01Name(old)).toBe('changed after the backup');
    } finally {
      await old.close();
    }
  }, 60_000);

  it('while a server holds DATA_DIR, backup and restore refuse and point to the daily job; a lock left by a killed process does not block', async () => {
    const lock = path.join(dataDir, LOCK_FILE);
    // This test's own process stands for a running server.
    await writeFile(
      lock,
      JSON.stringify({ pid: process.pid, role: 'server', since: '2026-03-02T01:00:00Z' }),
    );
    const backup = await cli('backup', [], env);
    expect(backup.code).toBe(1);
    expect(backup.err).toContain(`The server (process ${process.pid}) is running on ${dataDir}`);
    expect(backup.err).toContain('backup.daily');
    expect(backup.err).toContain('定时任务');
    const restore = await cli('restore', [snapshot, '--force'], env);
    expect(restore.code).toBe(1);
    expect(restore.err).toContain('holds the embedded database');
    expect((await readdir(root)).filter((n) => n.startsWith('data.replaced-'))).toHaveLength(1);
    expect(await readdir(backupDir)).toHaveLength(1);

    // A process that has exited: its lock is stale.
    const gone = execFile(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(lock, JSON.stringify({ pid: gone.pid, role: 'server', since: '2026-03-02T01:00:00Z' }));
    const after = await cli('backup', [], env);
    expect(after.code).toBe(0);
    expect(await readdir(backupDir)).toHaveLength(2);
    expect(existsSync(lock)).toBe(false);
  }, 60_000);
});

describe.skipIf(!process.env.DATABASE_URL)('backup and restore on PostgreSQL (pg_dump, pg_restore)', () => {
  const url = process.env.DATABASE_URL ?? '';
  let source: Database;
  let root: string;
  let targetName: string;
  let targetUrl: string;

  async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: adminUrl(url) });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    source = await createTestDatabase();
    await seed(source);
    root = await mkdtemp(path.join(tmpdir(), 'xg-backup-pg-'));
    targetName = `xg_restore_${randomBytes(5).toString('hex')}`;
    targetUrl = databaseUrlWithName(url, targetName);
    await admin((c) => c.query(`create database ${targetName}`));
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    await admin((c) => c.query(`drop database if exists ${targetName} with (force)`));
    await rm(root, { recursive: true, force: true });
  });

  async function onTarget<T>(fn: (database: Database) => Promise<T>): Promise<T> {
    const database = openPostgres(targetUrl, 2);
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  }

  it('pg_dump → pg_restore into a fresh database: every table has as many rows and the audit chain verifies; a non-empty target needs --force', async () => {
    const backupDir = path.join(root, 'backups');
    const sourceUrl = databaseUrlOf(source) ?? '';
    const backup = await cli('backup', [], { DATABASE_URL: sourceUrl, BACKUP_DIR: backupDir });
    expect(backup.code).toBe(0);
    const files = await readdir(backupDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^xiaoguan-\d{8}-\d{6}\.dump$/);
    const dump = path.join(backupDir, files[0] ?? '');

    const env = { DATABASE_URL: targetUrl, BACKUP_DIR: backupDir };
    const restore = await cli('restore', [dump], env);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/audit chain intact: \d+ rows verified/);
    const before = await tableCounts(source.db);
    expect(before['public.customers']).toBeGreaterThan(3);
    await onTarget(async (target) => {
      expect(await tableCounts(target.db)).toEqual(before);
      expect((await verifyAuditChain(target.db)).ok).toBe(true);
      await markRep01(target);
    });

    const refused = await cli('restore', [dump], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not empty');
    expect(refused.err).toContain('nothing was changed');
    await onTarget(async (target) => expect(await rep01Name(target)).toBe('changed after the backup'));

    // A newer version's table (with a foreign key into ours) must not survive a forced restore.
    await onTarget((target) =>
      target.db.execute(
        sql`create table newer_feature (id uuid primary key, user_id uuid not null references users(id))`,
      ),
    );
    const forced = await cli('restore', [dump, '--force'], env);
    expect(forced.code, forced.err).toBe(0);
    const saved = (await readdir(backupDir)).find((n) => n.endsWith('-replaced.dump'));
    expect(saved).toBeDefined();
    expect(forced.out).toContain(path.join(backupDir, saved ?? ''));
    await onTarget(async (target) => {
      expect(await rep01Name(target)).not.toBe('changed after the backup');
      expect(await tableCounts(target.db)).toEqual(before);
      expect((await verifyAuditChain(target.db)).ok).toBe(true);
    });
  }, 120_000);
});
