import { performance } from 'node:perf_hooks';
import type { Actor } from '../context.js';

/**
 * Resolved actors per session token hash, in this process's memory (ADR 18). An entry is only
 * ever used after the request's session check confirmed, in the same query, that the user's
 * `auth_version` and the global `auth_epoch` are still the ones it was resolved at — so a change
 * made by any process is seen by the next request. Entries also expire after a minute and the
 * map is bounded, so memory stays small.
 */
export interface CachedActor {
  /** The database the entry belongs to (tests open several in one process). */
  db: object;
  actor: Actor;
  authVersion: number;
  authEpoch: number;
  until: number;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

const entries = new Map<string, CachedActor>();

export function cachedActor(db: object, tokenHash: string): CachedActor | undefined {
  const entry = entries.get(tokenHash);
  if (!entry) return undefined;
  if (entry.db !== db || entry.until < performance.now()) {
    entries.delete(tokenHash);
    return undefined;
  }
  return entry;
}

export function cacheActor(
  db: object,
  tokenHash: string,
  actor: Actor,
  authVersion: number,
  authEpoch: number,
) {
  entries.delete(tokenHash);
  if (entries.size >= MAX_ENTRIES) {
    // Maps iterate in insertion order: the first key is the oldest entry.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(tokenHash, { db, actor, authVersion, authEpoch, until: performance.now() + TTL_MS });
}

export function forgetActor(tokenHash: string): void {
  entries.delete(tokenHash);
}

/** Drops every entry of a user (sessions ended in bulk). */
export function forgetUser(userId: string): void {
  for (const [hash, entry] of entries) if (entry.actor.id === userId) entries.delete(hash);
}
