import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DataDirBusyError, lockDataDir } from '../db/data-dir-lock.js';
import { migrateDatabase } from '../db/migrate.js';
import { verifyInstalmentAmounts } from '../modules/receivables/amounts.js';

/**
 * `npm run ar:verify`: the instalments' stored amounts against the sums of their settlements
 * (AR-4); exit 1 naming the first instalments that differ.
 */
const config = loadConfig();
// The embedded database is one process's: refused (with who holds it) while the server runs.
let release = () => {};
try {
  if (!config.databaseUrl) release = lockDataDir(config.dataDir, 'ar:verify');
} catch (err) {
  if (!(err instanceof DataDirBusyError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const database = await openDatabase(config);
await migrateDatabase(database);
const report = await verifyInstalmentAmounts(database.db);
await database.close();
release();
if (report.ok) {
  console.log(`instalment amounts agree with the settlements: ${report.checked} instalments verified`);
} else {
  console.error(`instalment amounts DIFFER on ${report.mismatchCount} of ${report.checked} instalments:`);
  for (const m of report.mismatches.slice(0, 20))
    console.error(
      `  ${m.instalmentId}: stored ${JSON.stringify(m.stored)}, settlements ${JSON.stringify(m.computed)}`,
    );
  process.exit(1);
}
