import { performance } from 'node:perf_hooks';

interface Entry<T> {
  value: Promise<T>;
  until: number;
}

/**
 * Results kept in this process's memory under a key that holds the data epochs they were
 * computed at (ADR 34). A request builds the key from the epochs its own session check read, so
 * a change committed by any process before the request started gives a new key and a new
 * computation; an entry is never used after its data moved. Entries also expire after `ttlMs`
 * (names joined into a result, which the epochs do not follow) and the map per database is
 * bounded, oldest first out. Requests that ask for the same key at once share one computation.
 */
export function keptResults<T>(opts: { max: number; ttlMs: number }) {
  const perDb = new WeakMap<object, Map<string, Entry<T>>>();
  return {
    /** The kept result for `key`, or `compute()`'s, kept; a null key computes and keeps nothing. */
    get(db: object, key: string | null, compute: () => Promise<T>): Promise<T> {
      if (key === null) return compute();
      let entries = perDb.get(db);
      if (!entries) {
        entries = new Map();
        perDb.set(db, entries);
      }
      const now = performance.now();
      const found = entries.get(key);
      if (found && found.until > now) return found.value;
      if (found) entries.delete(key);
      if (entries.size >= opts.max) {
        // Maps iterate in insertion order: the first key is the oldest entry.
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      const value = compute();
      const entry = { value, until: now + opts.ttlMs };
      entries.set(key, entry);
      // A failed computation is not kept: the next request tries again.
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return value;
    },
  };
}
