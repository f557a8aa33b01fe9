import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../db/client.js';

/**
 * An in-memory copy of `policy_values` and the unit tree per database, used by readPolicies
 * outside transactions (ADR 18). Triggers raise `cache_epochs.policy_epoch` with every change
 * of either table; the copy is used only while an epoch read from the database very recently
 * (by the request's session check) equals the copy's. Otherwise, and inside a transaction
 * (which must see its own writes), policies are read from the database as before.
 */

interface Row {
  unitId: string | null;
  value: unknown;
  /** Milliseconds since the epoch, with the microseconds PostgreSQL keeps as a fraction. */
  effectiveFrom: number;
  setAt: number;
}

export interface PolicySnapshot {
  epoch: number;
  /** policy id → its values, newest first (effective_from desc, set_at desc). */
  byPolicy: Map<string, Row[]>;
  /** unit id → parent id. */
  parents: Map<string, string | null>;
}

interface State {
  snapshot: PolicySnapshot | null;
  /** The epoch the database reported last and when (performance.now()). */
  seenEpoch: number;
  seenAt: number;
  /** Set by this process's own policy writes: nothing older may be used. */
  minEpoch: number;
}

/** How long an epoch read from the database vouches for the copy. */
const SEEN_FOR_MS = 1000;

const states = new WeakMap<object, State>();

function stateOf(db: object): State {
  let state = states.get(db);
  if (!state) {
    state = { snapshot: null, seenEpoch: -1, seenAt: Number.NEGATIVE_INFINITY, minEpoch: -1 };
    states.set(db, state);
  }
  return state;
}

export function isTransaction(db: DbOrTx): boolean {
  return db instanceof PgTransaction;
}

/** Records the policy epoch a query just read (the per-request session check returns it). */
export function notePolicyEpoch(db: DbOrTx, epoch: number): void {
  if (isTransaction(db)) return;
  const state = stateOf(db);
  // Epochs only grow: a request that read an older one while another read a newer one keeps the newer.
  state.seenEpoch = Math.max(state.seenEpoch, epoch);
  state.seenAt = performance.now();
}

/**
 * A policy write of this process (inside its transaction, after the trigger raised the epoch):
 * no copy older than that epoch is used again for that database, also before the write commits.
 */
export function notePolicyWrite(db: DbOrTx, epoch: number): void {
  if (isTransaction(db)) return;
  const state = stateOf(db);
  state.minEpoch = Math.max(state.minEpoch, epoch);
}

/**
 * Called inside a transaction that changed policy values or units, after the change: reads the
 * epoch the trigger raised and records it for the request's database (`ctx.db`).
 */
export async function notePolicyChange(tx: DbOrTx, db: DbOrTx): Promise<void> {
  const [row] = await queryRows<{ epoch: number }>(
    tx,
    sql`select policy_epoch as epoch from cache_epochs where id = 1`,
  );
  if (row) notePolicyWrite(db, Number(row.epoch));
}

/** The copy for this database when it is current, loading it when the epoch moved; else null. */
export async function currentSnapshot(db: DbOrTx): Promise<PolicySnapshot | null> {
  if (isTransaction(db)) return null;
  const state = stateOf(db);
  if (performance.now() - state.seenAt > SEEN_FOR_MS) return null;
  const floor = state.minEpoch;
  if (state.seenEpoch < floor) return null;
  if (state.snapshot && state.snapshot.epoch === state.seenEpoch) return state.snapshot;
  const loaded = await loadSnapshot(db);
  if (loaded.epoch < floor) return null;
  if (loaded.epoch >= state.seenEpoch) {
    state.snapshot = loaded;
    state.seenEpoch = loaded.epoch;
  }
  return loaded.epoch === state.seenEpoch ? loaded : null;
}

async function loadSnapshot(db: DbOrTx): Promise<PolicySnapshot> {
  const [row] = await queryRows<{
    epoch: number;
    vals: [string, string | null, unknown, number, number][] | null;
    tree: [string, string | null][] | null;
  }>(
    db,
    sql`select
      (select policy_epoch from cache_epochs where id = 1) as epoch,
      (select json_agg(json_build_array(policy_id, unit_id, value,
          extract(epoch from effective_from) * 1000, extract(epoch from set_at) * 1000)
        order by effective_from desc, set_at desc) from policy_values) as vals,
      (select json_agg(json_build_array(id, parent_id)) from units) as tree`,
  );
  const byPolicy = new Map<string, Row[]>();
  for (const [policyId, unitId, value, effectiveFrom, setAt] of row?.vals ?? []) {
    let list = byPolicy.get(policyId);
    if (!list) {
      list = [];
      byPolicy.set(policyId, list);
    }
    list.push({ unitId, value, effectiveFrom: Number(effectiveFrom), setAt: Number(setAt) });
  }
  const parents = new Map<string, string | null>(row?.tree ?? []);
  return { epoch: Number(row?.epoch ?? 0), byPolicy, parents };
}

/**
 * The raw value in force for one policy (undefined: none, the default applies), chosen exactly
 * as readPolicies' query chooses: the nearest unit up the chain (at most 20 levels above), then
 * a company-wide value; among those the newest effective time, then the newest setting.
 */
export function valueFromSnapshot(
  snapshot: PolicySnapshot,
  policyId: string,
  at: Date,
  unitId: string | null | undefined,
): { found: boolean; value: unknown } {
  const rows = snapshot.byPolicy.get(policyId);
  if (!rows) return { found: false, value: undefined };
  const depthOf = new Map<string, number>();
  if (unitId && snapshot.parents.has(unitId)) {
    let id: string | null | undefined = unitId;
    for (let depth = 0; id && depth <= 20 && !depthOf.has(id); depth++) {
      depthOf.set(id, depth);
      id = snapshot.parents.get(id);
    }
  }
  const atMs = at.getTime();
  let best: Row | undefined;
  let bestDepth = Number.POSITIVE_INFINITY;
  // Rows come newest first, so the first row at the smallest depth wins.
  for (const row of rows) {
    if (row.effectiveFrom > atMs) continue;
    const depth = row.unitId === null ? 1000 : depthOf.get(row.unitId);
    if (depth === undefined) continue;
    if (depth < bestDepth) {
      best = row;
      bestDepth = depth;
    }
  }
  return best ? { found: true, value: best.value } : { found: false, value: undefined };
}
