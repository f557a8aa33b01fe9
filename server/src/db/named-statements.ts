import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type pg from 'pg';

/**
 * Hot reads as named prepared statements (ADR 35). A request's own statements are small; on two
 * cores PostgreSQL spent more time parsing and planning them than running them. A statement sent
 * under a name is parsed once per connection, and PostgreSQL may keep its plan.
 *
 * Opt-in, never by default: PostgreSQL keeps a generic plan once it estimates it no worse than the
 * plans for the values at hand, and for some statements (a search by a name fragment) that
 * estimate is badly wrong. So only statements whose plans do not depend on their values are
 * named: the session check, /api/me, a customer's page, the 待办 and notification counts.
 */

/** Give this as the name of a Drizzle prepared query (`.prepare(HOT)`) to name it by its text. */
export const HOT = 'xg_hot';
/** The same, for a query to run on its generic plan (see genericPlan): `.prepare(GENERIC)`. */
export const GENERIC = 'xg_generic';
const HOT_MARK = '/* hot */';
const GENERIC_MARK = '/* generic plan */';

/** Marks a raw statement to be sent as a named prepared statement. */
export function hot(query: SQL): SQL {
  return sql`${sql.raw(HOT_MARK)} ${query}`;
}

/**
 * Marks a hot read whose generic plan is always right but which PostgreSQL's estimate would plan
 * again on every run: the 待办 count, some forty sources in one statement, whose planning cost
 * more than counting them. Outside a transaction it runs on connections that always use the
 * generic plan; inside one it is named like any hot statement.
 */
export function genericPlan(query: SQL): SQL {
  return sql`${sql.raw(GENERIC_MARK)} ${query}`;
}

type Query = (...args: unknown[]) => unknown;

/**
 * Names the hot statements of every connection of these pools (by a hash of the text, so one
 * text always has one name, also across connections) and sends the generic-plan reads made
 * outside transactions to `genericPool`. At most `max` texts per process are named.
 */
export function nameHotStatements(pool: pg.Pool, genericPool: pg.Pool, max = 200) {
  const names = new Map<string, string>();
  const nameOf = (config: { name?: string; text?: unknown }): string | undefined => {
    const text = config.text;
    if (typeof text !== 'string') return undefined;
    if (!isMarked(config.name, text)) return undefined;
    const known = names.get(text);
    if (known) return known;
    if (names.size >= max) return undefined;
    const name = `xg_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
    return name;
  };
  for (const p of [pool, genericPool]) {
    p.on('connect', (conn) => {
      const query = conn.query.bind(conn) as Query;
      (conn as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
        if (config && typeof config === 'object') {
          const c = config as { name?: string; text?: unknown };
          const name = nameOf(c);
          if (name) return query({ ...c, name }, ...rest);
          // Drizzle's `.prepare(HOT)` beyond the cap: sent unnamed.
          if (c.name === HOT || c.name === GENERIC) return query({ ...c, name: undefined }, ...rest);
        }
        return query(config, ...rest);
      };
    });
  }
  const query = pool.query.bind(pool) as Query;
  const genericQuery = genericPool.query.bind(genericPool) as Query;
  (pool as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    const c = config && typeof config === 'object' ? (config as { name?: string; text?: unknown }) : {};
    const generic = c.name === GENERIC || (typeof c.text === 'string' && c.text.startsWith(GENERIC_MARK));
    return (generic ? genericQuery : query)(config, ...rest);
  };
}

const isMarked = (name: string | undefined, text: string) =>
  name === HOT || name === GENERIC || text.startsWith(HOT_MARK) || text.startsWith(GENERIC_MARK);
