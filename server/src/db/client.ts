import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { nameHotStatements } from './named-statements.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The one database type the code sees, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /**
   * Embedded database only: a gzipped tarball of the whole data directory, taken between two
   * transactions. PostgreSQL has no such capability; pg_dump is its backup.
   */
  snapshot?(): Promise<Blob>;
  /** PostgreSQL only: every connection pool behind `db` (the second serves genericPlan reads). */
  pools?: pg.Pool[];
}

// bigint columns come back as strings by default; money and counts stay exact as strings or BigInt.
pg.types.setTypeParser(20, (v) => v);

export function openPostgres(url: string, max = 10): Database {
  // No JIT: PostgreSQL compiles a statement whose estimate crosses jit_above_cost, and for the
  // application's reads (the 待办 list's approvals section: 1,300 functions) compiling took 0.7 s
  // of a 20 ms statement; the analytic reads gained nothing measurable from it (ADR 35).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // Connections that always use a prepared statement's generic plan, for the reads marked by
  // genericPlan (ADR 35).
  const genericPool = new pg.Pool({
    connectionString: url,
    max: Math.max(1, Math.ceil(max / 2)),
    options: '-c jit=off -c plan_cache_mode=force_generic_plan',
  });
  // An idle connection the server ends (restart, failover, a dropped database) must not crash
  // the process; the pool replaces it on next use.
  for (const p of [pool, genericPool])
    p.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
  nameHotStatements(pool, genericPool);
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pools: [pool, genericPool],
    close: async () => void (await Promise.all([pool.end(), genericPool.end()])),
  };
}

/**
 * The PostgreSQL extensions the migrations use (pg_trgm for the search indexes). Every PGlite
 * instance must load them, also one opened on a data directory or a dump that already has them.
 */
const pgliteExtensions = { pg_trgm };

/** A PGlite instance with our extensions loaded. */
export function createPglite(options: Omit<PGliteOptions, 'extensions'> = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: pgliteExtensions });
}

export async function openPglite(dataDirOrClient?: string | PGlite): Promise<Database> {
  const client =
    dataDirOrClient instanceof PGlite
      ? dataDirOrClient
      : await createPglite(dataDirOrClient ? { dataDir: dataDirOrClient } : {});
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close(), snapshot: () => snapshotPglite(client) };
}

/**
 * A consistent copy of a PGlite database. A checkpoint first writes every committed page to the
 * files; then, holding PGlite's transaction lock (Drizzle's transactions take it for their whole
 * length) and its query lock (dumpDataDir takes it), no transaction is half done while the files
 * are read. Whatever the checkpoint did not cover is in the WAL, replayed when the copy is opened.
 */
async function snapshotPglite(client: PGlite): Promise<Blob> {
  await client.exec('CHECKPOINT');
  return client._runExclusiveTransaction(() => client.dumpDataDir('gzip'));
}

/**
 * Creates a data directory from a snapshot (a tarball from dumpDataDir, gzipped or not) and
 * opens it. The directory must hold no database yet.
 */
export async function openPgliteFromSnapshot(dataDir: string, snapshot: Blob): Promise<Database> {
  // PGlite tells a gzipped tarball by its type; gzip starts with the bytes 1f 8b.
  const head = new Uint8Array(await snapshot.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const file = new Blob([snapshot], { type: gzipped ? 'application/x-gzip' : 'application/x-tar' });
  return openPglite(await createPglite({ dataDir, loadDataDir: file }));
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
