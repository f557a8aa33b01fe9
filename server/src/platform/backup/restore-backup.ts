import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { type Database, openPgliteFromSnapshot, openPostgres } from '../../db/client.js';
import { LOCK_FILE, lockHolder, reclaimLock } from '../../db/data-dir-lock.js';
import { type ChainReport, verifyAuditChain } from '../audit/verify.js';
import { BackupError } from './backup-error.js';
import { archiveKind, pgDump, pgRestore } from './pg-tools.js';
import { readSnapshot } from './read-snapshot.js';
import { newSnapshotPath, utcStamp } from './snapshot-files.js';
import { tableCounts, tableNames } from './table-counts.js';
import { serverHoldsDatabase, takeDataDir } from './take-backup.js';

export interface RestoreReport {
  /** Where the previous data went: the old data directory moved aside, or a pg_dump of the old database. */
  previous: string | null;
  counts: Record<string, number>;
  chain: ChainReport;
}

async function checkRestored(database: Database): Promise<Pick<RestoreReport, 'counts' | 'chain'>> {
  return { counts: await tableCounts(database.db), chain: await verifyAuditChain(database.db) };
}

async function expectKind(file: string, want: 'dump' | 'tar'): Promise<void> {
  const kind = await archiveKind(file);
  if (want === 'tar' && kind === 'dump')
    throw new BackupError(`${file} is a pg_dump archive: it restores into PostgreSQL (set DATABASE_URL).`);
  if (want === 'dump' && (kind === 'tar.gz' || kind === 'tar'))
    throw new BackupError(
      `${file} is a snapshot of the embedded database: it restores into DATA_DIR (unset DATABASE_URL).`,
    );
  if (kind === 'unknown') throw new BackupError(`${file} is neither a snapshot nor a pg_dump archive.`);
}

/** The data directory holds something besides our lock file (a database, or anything else). */
async function hasContent(dataDir: string): Promise<boolean> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  return names.some((n) => n !== LOCK_FILE);
}

/** A sibling name for the data directory being replaced: data.replaced-YYYYMMDD-HHmmss (UTC). */
function asideName(dataDir: string, at: Date): string {
  const base = `${dataDir}.replaced-${utcStamp(at)}`;
  let name = base;
  for (let i = 2; existsSync(name); i++) name = `${base}-${i}`;
  return name;
}

/**
 * `npm run restore -- FILE` on the embedded database: FILE (a snapshot) becomes DATA_DIR.
 * DATA_DIR must be empty, or with `force` the old one is moved aside (never deleted). No process
 * may hold it. The restored database is opened, its tables counted and its audit chain verified.
 */
export async function restoreEmbedded(
  file: string,
  dataDir: string,
  opts: { force: boolean; at: Date },
): Promise<RestoreReport> {
  await expectKind(file, 'tar');
  const holder = lockHolder(dataDir);
  if (holder) throw new BackupError(serverHoldsDatabase(dataDir, holder));
  const snapshot = await readSnapshot(file);
  let previous: string | null = null;
  if (await hasContent(dataDir)) {
    if (!opts.force) {
      throw new BackupError(
        `${dataDir} (DATA_DIR) is not empty; nothing was changed. To replace it, run again with --force:\n` +
          `the current data directory is then moved to ${dataDir}.replaced-<time>, not deleted.`,
      );
    }
    previous = asideName(dataDir, opts.at);
    await rename(dataDir, previous).catch((err: NodeJS.ErrnoException) => {
      throw new BackupError(
        `${dataDir} (DATA_DIR) could not be moved aside to ${previous} (${err.code ?? err.message}); nothing was changed.\n` +
          'If DATA_DIR is a mount point, restore into an empty DATA_DIR instead.',
      );
    });
  }
  const release = takeDataDir(dataDir, 'restore');
  try {
    let database: Database;
    try {
      database = await openPgliteFromSnapshot(dataDir, snapshot);
    } catch (err) {
      // All or nothing: the half-written directory goes, the old one comes back.
      release();
      await rm(dataDir, { recursive: true, force: true });
      if (previous) await rename(previous, dataDir);
      const reason = err instanceof Error ? err.message : String(err);
      throw new BackupError(`${file} could not be restored (${reason}); nothing was changed.`);
    }
    // The snapshot carries the lock file of the server it was taken in; the lock is ours.
    reclaimLock(dataDir, 'restore');
    try {
      return { previous, ...(await checkRestored(database)) };
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/** Drops our schemas (public with its extensions, drizzle's journal) and recreates an empty public. */
async function emptyDatabase(url: string): Promise<void> {
  const database = openPostgres(url, 1);
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`drop schema if exists drizzle cascade`);
      await tx.execute(sql`drop schema if exists public cascade`);
      await tx.execute(sql`create schema public`);
    });
  } finally {
    await database.close();
  }
}

/**
 * `npm run restore -- FILE` with DATABASE_URL: pg_restore of FILE (custom format) into the
 * database, in one transaction. The database must have no tables, or with `force` a pg_dump of
 * the current database is saved to BACKUP_DIR first and the database is emptied (so tables the
 * archive does not know, e.g. from a newer version, do not survive); if the restore then fails,
 * the saved database is restored back.
 */
export async function restorePostgres(
  file: string,
  url: string,
  opts: { force: boolean; at: Date; backupDir: string },
): Promise<RestoreReport> {
  await expectKind(file, 'dump');
  let database = openPostgres(url, 2);
  let tables: string[];
  try {
    tables = await tableNames(database.db);
  } finally {
    await database.close();
  }
  let previous: string | null = null;
  if (tables.length > 0) {
    if (!opts.force) {
      throw new BackupError(
        `The database in DATABASE_URL is not empty (${tables.length} tables); nothing was changed. ` +
          'To replace it, run again with --force:\na pg_dump of the current database is then saved to BACKUP_DIR first.',
      );
    }
    previous = (await newSnapshotPath(opts.backupDir, opts.at, 'dump')).replace(/\.dump$/, '-replaced.dump');
    await pgDump(url, previous);
    // Replace, not merge: tables of a newer schema the archive does not hold must go too.
    await emptyDatabase(url);
    try {
      await pgRestore(url, file);
    } catch (err) {
      // Put the saved database back; the operator still has both files.
      await emptyDatabase(url);
      await pgRestore(url, previous);
      throw err;
    }
  } else {
    await pgRestore(url, file);
  }
  database = openPostgres(url, 2);
  try {
    return { previous, ...(await checkRestored(database)) };
  } finally {
    await database.close();
  }
}
