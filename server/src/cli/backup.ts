import { stat } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { BackupError } from '../platform/backup/backup-error.js';
import { backupEmbedded, backupPostgres } from '../platform/backup/take-backup.js';
import { BusinessClock } from '../platform/clock.js';

/**
 * `npm run backup`: a snapshot of the embedded database (DATA_DIR; the server must not be
 * running) or a pg_dump of DATABASE_URL, into BACKUP_DIR as xiaoguan-YYYYMMDD-HHmmss (UTC).
 */
const config = loadConfig();
const at = new BusinessClock().now();
try {
  const file = config.databaseUrl
    ? await backupPostgres(config.databaseUrl, config.backupDir, at)
    : await backupEmbedded(config.dataDir, config.backupDir, at);
  const { size } = await stat(file);
  console.log(`backup written: ${file} (${(size / 1024 / 1024).toFixed(1)} MB)`);
} catch (err) {
  if (!(err instanceof BackupError)) throw err;
  console.error(err.message);
  process.exit(1);
}
