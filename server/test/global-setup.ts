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
import { loadModules } from '../src/modules/index.js';
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
  // The preset roles and the demo read the registries (permissions, policies, flows).
  loadModules();
  await ensurePresetRoles(database.db);
  await loadDemoData(database.db, clock);
}

interface Templates {
  provided: {
    templateDump: string;
    templateDemoDump: string;
    templateDatabase: string;
    templateDemoDatabase: string;
  };
  remove(): Promise<void>;
}

/**
 * Builds two template databases per run, migrated once: an empty one and one with the demo
 * company (so no test file loads it, nor hashes its password, again). Each test file then gets
 * its own copy: PGlite loads a dump of a template; PostgreSQL creates a database from it.
 */
async function buildTemplates(): Promise<Templates> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const suffix = randomBytes(4).toString('hex');
    const empty = `xg_tpl_${suffix}`;
    const demo = `xg_tpl_${suffix}_demo`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    const remove = async () => {
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
      await remove();
      throw err;
    }
    return {
      provided: {
        templateDatabase: empty,
        templateDemoDatabase: demo,
        templateDump: '',
        templateDemoDump: '',
      },
      remove,
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'xg-test-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const dump = async (client: PGlite, name: string) => {
    const file = path.join(dir, name);
    await writeFile(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    return file;
  };
  const client = await createPglite();
  try {
    const database = await openPglite(client);
    await migrateDatabase(database);
    const templateDump = await dump(client, 'template.tar');
    await seedDemo(database);
    const templateDemoDump = await dump(client, 'template-demo.tar');
    return {
      provided: { templateDump, templateDemoDump, templateDatabase: '', templateDemoDatabase: '' },
      remove,
    };
  } catch (err) {
    await remove();
    throw err;
  } finally {
    await client.close();
  }
}

/** The projects of one run (vitest.config.ts) share one set of templates, removed after the last. */
const SHARED = Symbol.for('xiaoguan.test.templates');
const processState = globalThis as { [SHARED]?: { templates: Promise<Templates>; users: number } };

export default async function setup(project: TestProject) {
  processState[SHARED] ??= { templates: buildTemplates(), users: 0 };
  const state = processState[SHARED];
  state.users += 1;
  const { provided, remove } = await state.templates;
  for (const [key, value] of Object.entries(provided)) project.provide(key as keyof typeof provided, value);
  return async () => {
    state.users -= 1;
    if (state.users > 0) return;
    delete processState[SHARED];
    await remove();
  };
}
