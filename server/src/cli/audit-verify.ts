import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { verifyAuditChain } from '../platform/audit/verify.js';

/** `npm run audit:verify`: recompute the audit hash chain (PEN-3); exit 1 naming the first broken row. */
const config = loadConfig();
const database = await openDatabase(config);
await migrateDatabase(database);
const report = await verifyAuditChain(database.db);
await database.close();
if (report.ok) {
  console.log(`audit chain intact: ${report.checked} rows verified`);
} else {
  console.error(
    `audit chain BROKEN at row ${report.brokenAt?.id} (${report.brokenAt?.reason}); ${report.checked} rows before it verified`,
  );
  process.exit(1);
}
