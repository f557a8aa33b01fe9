import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupError } from '../platform/backup/backup-error.js';
import { type RestoreReport, restoreEmbedded, restorePostgres } from '../platform/backup/restore-backup.js';
import { BusinessClock } from '../platform/clock.js';

/**
 * `npm run restore -- FILE [--force]`: a snapshot into an empty DATA_DIR, or a pg_dump archive
 * into an empty DATABASE_URL database; --force replaces a non-empty one (the old data is kept
 * aside). Then the table counts and the audit chain of what was restored.
 */
const usage = 'usage: npm run restore -- FILE [--force]';
const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(1);
}
// npm runs the script in server/; a relative FILE means where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? '');
const config = loadConfig();
const at = new BusinessClock().now();

function print(report: RestoreReport, target: string) {
  const counts = Object.entries(report.counts);
  const rows = counts.reduce((sum, [, n]) => sum + n, 0);
  const width = Math.max(...counts.map(([name]) => name.length));
  console.log(`restored ${file} into ${target}`);
  if (report.previous) console.log(`the previous data is kept in ${report.previous}`);
  for (const [name, n] of counts) console.log(`  ${name.padEnd(width)}  ${n}`);
  console.log(`${counts.length} tables, ${rows} rows`);
}

try {
  const report = config.databaseUrl
    ? await restorePostgres(file, config.databaseUrl, {
        force: values.force,
        at,
        backupDir: config.backupDir,
      })
    : await restoreEmbedded(file, config.dataDir, { force: values.force, at });
  const target = config.databaseUrl
    ? `database ${new URL(config.databaseUrl).pathname.slice(1)} on ${new URL(config.databaseUrl).host}`
    : config.dataDir;
  print(report, target);
  if (!report.chain.ok) {
    console.error(
      `audit chain BROKEN at row ${report.chain.brokenAt?.id} (${report.chain.brokenAt?.reason}); ${report.chain.checked} rows before it verified`,
    );
    process.exit(1);
  }
  console.log(`audit chain intact: ${report.chain.checked} rows verified`);
} catch (err) {
  if (!(err instanceof BackupError)) throw err;
  console.error(err.message);
  process.exit(1);
}
