import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { readPolicy } from '../../platform/policies/read.js';
import type { Permission } from '../permission-codes.js';
import { workbenchCacheMinutes } from './policies.js';

/**
 * OPS-5 / ADR 26: the figures of a 工作台 or of the 销售状况一览表, kept in this process for
 * `workbench.cacheMinutes` after they were computed, keyed by what they depend on — the page, the
 * company's day and the reader's scopes (two readers with the same scopes share one copy; a
 * scope is its width and its anchor: the reader for own and subordinates, the unit for unit and
 * unit tree). Each answer carries `asOf`, the moment its figures were computed.
 *
 * Age is measured on the business clock, so tests move time to expire a copy; a copy from a
 * later moment (a clock set back) is not used. Readers asking at once for the same key share one
 * computation. Nothing else trusts this memory: another process has its own copies, each as old
 * as it says.
 */

interface Entry {
  computedAt: number;
  value: Promise<unknown>;
}

/** At most this many copies per database (the oldest go first). */
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

/** A permission's data scope as part of a key: its width and the person or unit it hangs on. */
export function scopeKey(actor: Actor, permission: Permission): string {
  const scope = actor.permissions[permission];
  switch (scope) {
    case undefined:
      return `${permission}=-`;
    case 'all':
      return `${permission}=all`;
    case 'own':
    case 'subordinates':
      return `${permission}=${scope}:${actor.id}`;
    case 'unit':
    case 'unit_tree':
      return `${permission}=${scope}:${actor.unitId}`;
  }
  return `${permission}=?`;
}

/**
 * The figures under `key`: the copy computed within the policy's minutes, else computed now
 * (and kept). `fresh` computes now whatever there is.
 */
export async function cachedFigures<T>(
  db: DbOrTx,
  key: string,
  at: Date,
  fresh: boolean,
  compute: () => Promise<T>,
): Promise<{ value: T; asOf: Date }> {
  const minutes = await readPolicy(db, workbenchCacheMinutes, at);
  const now = at.getTime();
  const store = storeOf(db);
  if (minutes === 0) {
    store.delete(key);
    return { value: await compute(), asOf: at };
  }
  const found = store.get(key);
  if (!fresh && found && found.computedAt <= now && now - found.computedAt < minutes * 60_000) {
    return { value: (await found.value) as T, asOf: new Date(found.computedAt) };
  }
  const value = compute();
  const entry: Entry = { computedAt: now, value };
  store.delete(key);
  store.set(key, entry);
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  try {
    return { value: await value, asOf: at };
  } catch (err) {
    if (store.get(key) === entry) store.delete(key);
    throw err;
  }
}

/** Forgets every copy of a database (tests). */
export function clearWorkbenchCache(db: DbOrTx): void {
  stores.delete(db);
}
