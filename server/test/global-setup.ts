import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPglite, type Database, openPglite, openPostgres } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { loadDemoData } from '../src/demo/load-demo.js';
import { ensurePresetRoles } from '../src/modules/roles/ensure-presets.js';
import { BusinessClock } from '../src/platform/clock.js';
import { adminUrl, databaseUrlWithName } from './pg-urls.js';
import { TEST_NOW } from './test-clock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: dumps of the migrated database, without and with the demo company. */
    templateDump: string;
    templateDemoDump: string;
    /** PostgreSQL: template databases, without and with the demo company. */
    templateDatabase: string;
    templateDemoDatabase: string;
  }
}

/** The demo company as createTestApp() gives it: preset roles, then the demo data at the test clock's date. */
async function seedDemo(database: Database): Promise<void> {
  const clock = new BusinessClock();
  clock.set(TEST_NOW);
  await ensurePresetRoles(database.db);
  await loadDemoData(database.db, clock);
}

/**
 * Builds two template databases per run, migrated once: an empty one and one with the demo
 * company (so no test file loads it, nor hashes its password, again). Each test file then gets
 * its own copy: PGlite loads a dump of a template; PostgreSQL creates a database from it.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const suffix = randomBytes(4).toString('hex');
    const empty = `xg_tpl_${suffix}`;
    const demo = `xg_tpl_${suffix}_demo`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    const dropAll = async () => {
      for (const name of [demo, empty]) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    try {
      await admin.query(`create database ${empty}`);
      const migrating = openPostgres(databaseUrlWithName(url, empty), 2);
      await migrateDatabase(migrating).finally(() => migrating.close());
      await admin.query(`create database ${demo} template ${empty}`);
      const seeding = openPostgres(databaseUrlWithName(url, demo), 2);
      await seedDemo(seeding).finally(() => seeding.close());
    } catch (err) {
      await dropAll();
      throw err;
    }
    project.provide('templateDatabase', empty);
    project.provide('templateDemoDatabase', demo);
    project.provide('templateDump', '');
    project.provide('templateDemoDump', '');
    return dropAll;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'xg-test-'));
  const dump = async (client: PGlite, name: string) => {
    const file = path.join(dir, name);
    await writeFile(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    return file;
  };
  const client = await createPglite();
  try {
    const database = await openPglite(client);
    await migrateDatabase(database);
    project.provide('templateDump', await dump(client, 'template.tar'));
    await seedDemo(database);
    project.provide('templateDemoDump', await dump(client, 'template-demo.tar'));
  } catch (err) {
    await client.close();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  await client.close();
  project.provide('templateDatabase', '');
  project.provide('templateDemoDatabase', '');
  return async () => rm(dir, { recursive: true, force: true });
}
