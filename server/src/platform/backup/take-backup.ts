import { existsSync } from 'node:fs';
import path from 'node:path';
import { openPglite } from '../../db/client.js';
import { DataDirBusyError, type LockHolder, lockDataDir, lockHolder } from '../../db/data-dir-lock.js';
import { BackupError } from './backup-error.js';
import { backupJob } from './job.js';
import { pgDump } from './pg-tools.js';
import { assertOutsideDataDir, newSnapshotPath, writeSnapshot } from './snapshot-files.js';

/** What to tell someone who runs backup or restore while the server holds the embedded database. */
export function serverHoldsDatabase(dataDir: string, holder: LockHolder): string {
  return [
    `The ${holder.role} (process ${holder.pid}) is running on ${dataDir} and holds the embedded database;`,
    'a second process must not open it.',
    `While the server runs, its daily job "${backupJob.label.en}" (${backupJob.label['zh-CN']}, ${backupJob.name})`,
    'writes the snapshots to BACKUP_DIR; for one now, open 定时任务 (Scheduled jobs) as an administrator',
    'and click 立即运行 (Run now) on that job. Or stop the server and run this command again.',
  ].join('\n');
}

/** Locks DATA_DIR for a backup or restore; a live holder becomes the operator's message. */
export function takeDataDir(dataDir: string, role: string): () => void {
  try {
    return lockDataDir(dataDir, role);
  } catch (err) {
    if (err instanceof DataDirBusyError) throw new BackupError(serverHoldsDatabase(dataDir, err.holder));
    throw err;
  }
}

/** `npm run backup` on the embedded database: a snapshot of DATA_DIR, which no server may be holding. */
export async function backupEmbedded(dataDir: string, backupDir: string, at: Date): Promise<string> {
  assertOutsideDataDir(backupDir, dataDir);
  const holder = lockHolder(dataDir);
  if (holder) throw new BackupError(serverHoldsDatabase(dataDir, holder));
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${dataDir} (DATA_DIR).`);
  }
  const release = takeDataDir(dataDir, 'backup');
  try {
    const database = await openPglite(dataDir);
    try {
      if (!database.snapshot) throw new Error('the embedded database has no snapshot capability');
      return await writeSnapshot(backupDir, at, await database.snapshot());
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/** `npm run backup` with DATABASE_URL: pg_dump in the custom format into BACKUP_DIR. */
export async function backupPostgres(url: string, backupDir: string, at: Date): Promise<string> {
  const file = await newSnapshotPath(backupDir, at, 'dump');
  await pgDump(url, file);
  return file;
}
