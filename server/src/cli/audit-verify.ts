import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DataDirBusyError, lockDataDir } from '../db/data-dir-lock.js';
import { migrateDatabase } from '../db/migrate.js';
import { verifyAuditChain } from '../platform/audit/verify.js';

/** `npm run audit:verify`: recompute the audit hash chain (PEN-3); exit 1 naming the first broken row. */
const config = loadConfig();
// The embedded database is one process's: refused (with who holds it) while the server runs.
let release = () => {};
try {
  if (!config.databaseUrl) release = lockDataDir(config.dataDir, 'audit:verify');
} catch (err) {
  if (!(err instanceof DataDirBusyError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const database = await openDatabase(config);
await migrateDatabase(database);
const report = await verifyAuditChain(database.db);
await database.close();
release();
if (report.ok) {
  console.log(`audit chain intact: ${report.checked} rows verified`);
} else {
  console.error(
    `audit chain BROKEN at row ${report.brokenAt?.id} (${report.brokenAt?.reason}); ${report.checked} rows before it verified`,
  );
  process.exit(1);
}
