import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { DataDirBusyError, lockDataDir } from '../db/data-dir-lock.js';
import { migrateDatabase } from '../db/migrate.js';

/**
 * A verifying command's database: the configured one, migrated, given to `check` and closed.
 * The embedded database is one process's: refused (with who holds it) while the server runs.
 */
export async function withVerifiedDatabase<T>(command: string, check: (db: Database['db']) => Promise<T>) {
  const config = loadConfig();
  let release = () => {};
  try {
    if (!config.databaseUrl) release = lockDataDir(config.dataDir, command);
  } catch (err) {
    if (!(err instanceof DataDirBusyError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
    return await check(database.db);
  } finally {
    await database.close();
    release();
  }
}
