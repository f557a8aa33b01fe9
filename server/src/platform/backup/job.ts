import path from 'node:path';
import type { DbOrTx } from '../../db/client.js';
import { defineJob } from '../jobs/registry.js';
import { pruneSnapshots, writeSnapshot } from './snapshot-files.js';

const DAY_SECONDS = 24 * 60 * 60;

export interface BackupTarget {
  /** Folder of the snapshots (BACKUP_DIR). */
  dir: string;
  /** How many snapshots to keep (BACKUP_KEEP). */
  keep: number;
  /** The embedded database's snapshot capability (Database.snapshot). */
  snapshot(): Promise<Blob>;
}

/** Where each open embedded database is backed up; set by main.ts, read by the job. */
const targets = new WeakMap<object, BackupTarget>();

/** Turns the daily backup on for this database (embedded database only: it needs a snapshot capability). */
export function enableBackups(db: DbOrTx, target: BackupTarget): void {
  targets.set(db, target);
}

/**
 * Once a day the embedded database writes a snapshot to BACKUP_DIR and keeps the newest
 * BACKUP_KEEP. The snapshot is taken inside the server, which holds the database (PGlite is
 * one process's). On PostgreSQL there is nothing to do here: pg_dump (npm run backup) backs it up.
 */
export const backupJob = defineJob({
  name: 'backup.daily',
  label: { 'zh-CN': '数据库每日备份', en: 'Daily database backup' },
  summary: {
    external: {
      'zh-CN': '非内置数据库：请用 pg_dump 备份（npm run backup）',
      en: 'Not the embedded database: back it up with pg_dump (npm run backup)',
    },
    wrote: { 'zh-CN': '已写入 {{value}}', en: 'wrote {{value}}' },
    removed: { 'zh-CN': '删除较早的备份 {{value}} 个', en: 'removed {{value}} older' },
    keep: { 'zh-CN': '保留 {{value}} 个', en: 'keeping {{value}}' },
  },
  intervalSeconds: DAY_SECONDS,
  run: async (ctx) => {
    const target = targets.get(ctx.db);
    if (!target) return 'external=postgresql';
    const file = await writeSnapshot(target.dir, ctx.clock.now(), await target.snapshot());
    const removed = await pruneSnapshots(target.dir, 'tar.gz', target.keep);
    return `wrote=${path.basename(file)} removed=${removed.length} keep=${target.keep}`;
  },
});
