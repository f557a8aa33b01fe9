import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type pg from 'pg';

/** The mark `genericPlan` puts at the head of a statement's text. */
const GENERIC_MARK = '/* generic plan */';

/**
 * Marks a read whose plan does not depend on its parameter values, so that PostgreSQL plans it
 * once per connection (ADR 35). For large statements whose planning costs more than running them
 * (the 待办 count: some forty sources in one statement), which the planner's own choice keeps
 * planning again on every run. Only for statements outside transactions; elsewhere the mark is a
 * comment.
 */
export function genericPlan(query: SQL): SQL {
  return sql`${sql.raw(GENERIC_MARK)} ${query}`;
}

/**
 * Statements this pool runs again and again are sent as named prepared statements (ADR 35), so
 * PostgreSQL parses them once per connection and, when its plan cache settles on a generic plan,
 * plans them once too. Statements marked by `genericPlan` go to `genericPool`, whose connections
 * always use the generic plan, and are named from their first run.
 *
 * Only statements outside transactions pass here (`pool.query`; a transaction runs on a client
 * of its own). They are named by a hash of their text, so one text always has one name. A text is
 * named from its `after`-th run on, and at most `max` texts per process are named: texts built
 * with literals in them cannot fill the server's memory with plans.
 */
export function nameHotStatements(
  pool: pg.Pool,
  genericPool: pg.Pool,
  opts: { after: number; max: number } = { after: 3, max: 150 },
) {
  const runs = new Map<string, number>();
  const names = new Map<string, string>();
  const TRACKED = 5_000;
  const nameOf = (text: string, now: boolean): string | undefined => {
    const known = names.get(text);
    if (known) return known;
    if (names.size >= opts.max) return undefined;
    const n = (runs.get(text) ?? 0) + 1;
    if (n < opts.after && !now) {
      if (runs.size < TRACKED || runs.has(text)) runs.set(text, n);
      return undefined;
    }
    runs.delete(text);
    const name = `xg_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
    return name;
  };
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const genericQuery = genericPool.query.bind(genericPool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    if (config && typeof config === 'object' && !(config as { name?: string }).name) {
      const text = (config as { text?: unknown }).text;
      if (typeof text === 'string') {
        const generic = text.startsWith(GENERIC_MARK);
        const name = nameOf(text, generic);
        if (name) return (generic ? genericQuery : query)({ ...(config as object), name }, ...rest);
      }
    }
    return query(config, ...rest);
  };
}
