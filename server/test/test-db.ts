import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createPglite, type Database, openPglite, openPostgres } from '../src/db/client.js';
import { adminUrl, databaseUrlWithName } from './pg-urls.js';

const dumps = new Map<string, Promise<Blob>>();
const urls = new WeakMap<Database, string>();

/** The connection URL of a test database on PostgreSQL (to open a second pool to it); undefined on PGlite. */
export function databaseUrlOf(database: Database): string | undefined {
  return urls.get(database);
}

/**
 * A fresh, migrated database of its own (PGlite, or PostgreSQL with DATABASE_URL): empty, or
 * with `demo: true` holding the preset roles and the demo company as loaded at the test clock's
 * date (global-setup.ts builds both once per run).
 */
export async function createTestDatabase(opts: { demo?: boolean } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = inject(opts.demo ? 'templateDemoDatabase' : 'templateDatabase');
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
  const file = inject(opts.demo ? 'templateDemoDump' : 'templateDump');
  let dump = dumps.get(file);
  if (!dump) {
    dump = readFile(file).then((bytes) => new Blob([bytes]));
    dumps.set(file, dump);
  }
  return openPglite(await createPglite({ loadDataDir: await dump }));
}
