import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPglite, openPglite, openPostgres } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { adminUrl, databaseUrlWithName } from './pg-urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDump: string;
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run. Each test file then gets its own copy:
 * PGlite loads a dump of the template; PostgreSQL creates a database from it.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `xg_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const database = openPostgres(databaseUrlWithName(url, name), 2);
    await migrateDatabase(database);
    await database.close();
    project.provide('templateDatabase', name);
    project.provide('templateDump', '');
    return async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const client = await createPglite();
  await migrateDatabase(await openPglite(client));
  const dir = await mkdtemp(path.join(tmpdir(), 'xg-test-'));
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await client.close();
  project.provide('templateDump', file);
  project.provide('templateDatabase', '');
  return async () => rm(dir, { recursive: true, force: true });
}
