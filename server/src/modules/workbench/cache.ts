import type { DbOrTx } from '../../db/client.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicies } from '../../platform/policies/read.js';
import { workbenchCacheMinutes, workbenchStaleMinutes } from './policies.js';

/**
 * OPS-5 / ADR 26: the figures of a 工作台 or of the 销售状况一览表, kept in this process after they
 * were computed, keyed by what they depend on — the page, the company's day and the reader's
 * scopes (two readers with the same scopes share one copy; a scope is its width and its anchor:
 * the reader for own and subordinates, the unit for unit and unit tree). Each answer carries
 * `asOf`, the moment its figures were computed.
 *
 * - younger than `workbench.cacheMinutes`: served as it is;
 * - older, but not older than `workbench.staleMinutes`: served at once, and new figures are
 *   computed in the background for the next reader (one computation per key at a time);
 * - older still, none, or `fresh`: computed now, the reader waits (readers asking at once for the
 *   same key share that computation).
 *
 * Age is measured on the business clock, so tests move time to age a copy; a copy from a later
 * moment (a clock set back) is not used. Nothing else trusts this memory: another process has
 * its own copies, each as old as it says.
 */

interface Copy {
  computedAt: number;
  value: unknown;
}

interface Entry {
  /** The last figures computed for the key, if any. */
  copy: Copy | null;
  /** A computation under way (and when it started). */
  running: { startedAt: number; done: Promise<Copy> } | null;
}

/** At most this many keys per database (the least recently stored go first). */
const MAX_ENTRIES = 500;

const stores = new WeakMap<object, Map<string, Entry>>();

function storeOf(db: DbOrTx): Map<string, Entry> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  return store;
}

/** Starts (or joins) the computation of a key; its result becomes the key's copy. */
function computeInto<T>(store: Map<string, Entry>, key: string, at: number, compute: () => Promise<T>) {
  let entry = store.get(key);
  if (!entry) {
    entry = { copy: null, running: null };
    store.set(key, entry);
    while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  }
  if (entry.running && entry.running.startedAt === at) return entry.running.done as Promise<Copy>;
  const mine = entry;
  const done = compute().then(
    (value): Copy => {
      const copy = { computedAt: at, value };
      if (!mine.copy || mine.copy.computedAt <= at) mine.copy = copy;
      if (mine.running?.done === done) mine.running = null;
      return copy;
    },
    (err: unknown) => {
      if (mine.running?.done === done) mine.running = null;
      throw err;
    },
  );
  mine.running = { startedAt: at, done };
  return done;
}

/**
 * The figures under `key`, kept or computed as the policies say (above). `fresh` computes now
 * whatever there is.
 */
export async function cachedFigures<T>(
  db: DbOrTx,
  key: string,
  at: Date,
  fresh: boolean,
  compute: () => Promise<T>,
): Promise<{ value: T; asOf: Date }> {
  const policies = await readPolicies(db, [workbenchCacheMinutes, workbenchStaleMinutes] as PolicyDef[], at);
  const keepMs = (policies.get(workbenchCacheMinutes.id) as number) * 60_000;
  const staleMs = Math.max(keepMs, (policies.get(workbenchStaleMinutes.id) as number) * 60_000);
  const now = at.getTime();
  const store = storeOf(db);
  if (keepMs === 0) {
    store.delete(key);
    return { value: await compute(), asOf: at };
  }
  const entry = store.get(key);
  const copy = entry?.copy;
  const age = copy ? now - copy.computedAt : Number.POSITIVE_INFINITY;
  if (!fresh && copy && age >= 0 && age < staleMs) {
    if (age >= keepMs && !entry?.running) {
      // Served as it is this once; the next reader gets new figures. A failure leaves the copy.
      computeInto(store, key, now, compute).catch(() => {});
    }
    return { value: copy.value as T, asOf: new Date(copy.computedAt) };
  }
  // Readers asking at once share a computation still running for this key.
  const running = !fresh && entry?.running && entry.running.startedAt <= now ? entry.running.done : null;
  const result = await (running ?? computeInto(store, key, now, compute));
  return { value: result.value as T, asOf: new Date(result.computedAt) };
}

/** Forgets every copy of a database (tests). */
export function clearWorkbenchCache(db: DbOrTx): void {
  stores.delete(db);
}
