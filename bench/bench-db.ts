import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { createPglite, type Database, type Db, openPglite } from '../server/src/db/client.js';
import * as schema from '../server/src/db/schema.js';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
/** The PGlite data directory (gitignored). */
export const pgliteDir = path.join(benchDir, '.data', 'pglite');
/** The PostgreSQL database the bench seeds and measures (created fresh by the seed). */
export const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/xg_bench';

export type Engine = 'pglite' | 'postgres';

/** A statement as the driver received it, and a way to run the same text and parameters directly. */
export interface Captured {
  text: string;
  params: unknown[];
}

export interface BenchDatabase extends Database {
  /** Records the SQL statements sent while `capturing` is true. */
  captured: Captured[];
  capturing: boolean;
  /** Runs SQL text with parameters straight on the driver (no ORM, no HTTP). */
  raw(text: string, params: unknown[]): Promise<unknown>;
}

export function engineFromArgs(): Engine {
  const arg = process.argv.find((a) => a.startsWith('--db='))?.slice(5) ?? 'pglite';
  if (arg !== 'pglite' && arg !== 'postgres') throw new Error(`--db=pglite|postgres, not ${arg}`);
  return arg;
}

/** Opens the bench database of an engine, with a capture of the SQL the app sends. */
export async function openBenchDatabase(engine: Engine): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    await mkdir(pgliteDir, { recursive: true });
    const client = await createPglite({ dataDir: pgliteDir });
    const base = await openPglite(client);
    const bench: BenchDatabase = {
      ...base,
      captured: [],
      capturing: false,
      raw: (t, p) => client.query(t, p),
    };
    const query = client.query.bind(client);
    client.query = ((text: string, params?: unknown[], options?: unknown) => {
      if (bench.capturing) bench.captured.push({ text, params: params ?? [] });
      return query(text, params as never, options as never);
    }) as typeof client.query;
    return bench;
  }
  const pool = new pg.Pool({ connectionString: postgresUrl, max: 10 });
  pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
  const bench: BenchDatabase = {
    db: drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db,
    kind: 'postgres',
    close: () => pool.end(),
    captured: [],
    capturing: false,
    raw: (t, p) => pool.query(t, p),
  };
  // drizzle's node-postgres session calls pool.query({ text, … }, params) (or (text, params)).
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const first = args[0] as string | { text: string; values?: unknown[] };
    if (bench.capturing) {
      if (typeof first === 'string')
        bench.captured.push({ text: first, params: (args[1] as unknown[]) ?? [] });
      else bench.captured.push({ text: first.text, params: first.values ?? (args[1] as unknown[]) ?? [] });
    }
    return query(...args);
  };
  return bench;
}
