import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/** Rows of windows that have passed are deleted at most this often per process. */
const PRUNE_EVERY_MS = 60_000;

/**
 * A store for @fastify/rate-limit that keeps its counters in the database (`rate_limits`), so a
 * limit counts every request however many server processes (WEB_CONCURRENCY) or instances behind
 * a proxy share the database. One statement per hit: an upsert that starts a new window when the
 * row's has passed, else adds one, and answers the count and the time left, both taken on the
 * database's clock so every process agrees. A fixed window, like the plugin's own memory store
 * (its `continueExceeding` and `exponentialBackoff` options are not used by the app and not
 * supported here).
 */
export function databaseRateLimitStore(
  db: Db,
  onError: (err: unknown) => void = () => {},
  pruneEveryMs = PRUNE_EVERY_MS,
): FastifyRateLimitStoreCtor {
  let lastPrune = Number.NEGATIVE_INFINITY;
  /** Deletes the rows of windows that have passed, when the last prune is old enough. */
  const prune = async () => {
    const now = Date.now();
    if (now - lastPrune < pruneEveryMs) return;
    lastPrune = now;
    await db.execute(sql`delete from rate_limits where reset_at < now()`).catch(onError);
  };

  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      readonly options: { timeWindow?: unknown },
      /** The route's method and URL: each rate-limited route counts on its own. */
      private readonly prefix = '',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    ): void;
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ): void {
      const windowMs = timeWindow ?? Number(this.options.timeWindow ?? 60_000);
      queryRows<{ count: number; ttl: number }>(
        db,
        sql`insert into rate_limits as r (key, count, reset_at)
            values (${this.prefix + key}, 1, now() + interval '1 millisecond' * ${windowMs}::float8)
            on conflict (key) do update set
              count = case when r.reset_at <= now() then 1 else r.count + 1 end,
              reset_at = case when r.reset_at <= now() then excluded.reset_at else r.reset_at end
            returning r.count, greatest(0, ceil(extract(epoch from r.reset_at - now()) * 1000))::int as ttl`,
      ).then(
        async ([row]) => {
          await prune();
          callback(null, { current: Number(row?.count ?? 1), ttl: Number(row?.ttl ?? windowMs) });
        },
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const info = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      const route = info?.url ? `${String(info.method)} ${String(info.url)}|` : '';
      return new DatabaseStore(routeOptions as { timeWindow?: unknown }, route);
    }
  }
  return DatabaseStore;
}
