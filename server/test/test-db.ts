import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createPglite, type Database, openPglite, openPostgres } from '../src/db/client.js';
import { adminUrl, databaseUrlWithName } from './pg-urls.js';

let dump: Blob | undefined;
const urls = new WeakMap<Database, string>();

/** The connection URL of a test database on PostgreSQL (to open a second pool to it); undefined on PGlite. */
export function databaseUrlOf(database: Database): string | undefined {
  return urls.get(database);
}

/** A fresh, migrated database of its own for one test file (PGlite, or PostgreSQL with DATABASE_URL). */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = inject('templateDatabase');
    const name = `xg_t_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const database = openPostgres(databaseUrlWithName(url, name), 5);
    const opened: Database = {
      ...database,
      close: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: adminUrl(url) });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
    urls.set(opened, databaseUrlWithName(url, name));
    return opened;
  }
  dump ??= new Blob([await readFile(inject('templateDump'))]);
  return openPglite(await createPglite({ loadDataDir: dump }));
}
