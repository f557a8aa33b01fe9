import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../src/db/client.js';

/**
 * Counts the SQL statements the application sends to its database, on both engines, by wrapping
 * the driver under Drizzle: PGlite's `query`, `exec` and `transaction` (and the transaction's own
 * `query` / `exec`), and every node-postgres connection's `query` (pooled queries and the
 * connection a transaction holds). Every statement is one round trip, so BEGIN and COMMIT (or
 * ROLLBACK) are counted too, on both engines: on PGlite its `transaction()` sends them itself,
 * recorded here as `begin` / `commit` / `rollback`.
 */
export interface QueryCounter {
  /** Records the statements sent while `run` is pending. */
  count<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
}

export function installQueryCounter(database: Database): QueryCounter {
  let recording: string[] | null = null;
  const record = (text: unknown) => {
    if (recording) recording.push(typeof text === 'string' ? text : String((text as { text?: string }).text));
  };

  const client = (database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (database.kind === 'pglite') {
    const lite = client as PGlite;
    const query = lite.query.bind(lite);
    const exec = lite.exec.bind(lite);
    const transaction = lite.transaction.bind(lite);
    lite.query = ((text: string, ...rest: unknown[]) => {
      record(text);
      return (query as (...a: unknown[]) => unknown)(text, ...rest);
    }) as PGlite['query'];
    lite.exec = ((text: string, ...rest: unknown[]) => {
      record(text);
      return (exec as (...a: unknown[]) => unknown)(text, ...rest);
    }) as PGlite['exec'];
    lite.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) => {
      record('begin');
      return transaction(async (tx) => {
        const counted = new Proxy(tx, {
          get(target, key) {
            if (key === 'query' || key === 'exec') {
              const method = (target[key] as (...a: unknown[]) => unknown).bind(target);
              return (text: string, ...rest: unknown[]) => {
                record(text);
                return method(text, ...rest);
              };
            }
            const value = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        try {
          const result = await callback(counted);
          record('commit');
          return result;
        } catch (err) {
          record('rollback');
          throw err;
        }
      });
    }) as PGlite['transaction'];
  } else {
    // A connection is wrapped once, when the pool opens it; the pools are new and still empty here.
    for (const pool of database.pools ?? [client as pg.Pool])
      pool.on('connect', (conn) => {
        const query = conn.query.bind(conn) as (...a: unknown[]) => unknown;
        conn.query = ((text: unknown, ...rest: unknown[]) => {
          record(text);
          return query(text, ...rest);
        }) as typeof conn.query;
      });
  }

  return {
    async count(run) {
      if (recording) throw new Error('query counting does not nest');
      const queries: string[] = [];
      recording = queries;
      try {
        const result = await run();
        return { result, queries };
      } finally {
        recording = null;
      }
    },
  };
}
