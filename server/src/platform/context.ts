import type { Db, Tx } from '../db/client.js';
import type { Scope } from './access/scopes.js';
import type { Clock } from './clock.js';
import type { Lang } from './i18n/lang.js';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  superiorId: string | null;
  /** permission → widest scope the actor's roles grant. */
  permissions: Record<string, Scope>;
}

/**
 * Counters read with the request's session check (ADR 18, ADR 34): a result kept in memory
 * against them is used only while they still match. `receivables` moves with every committed
 * change to instalments, `policy` with every policy value or unit change.
 */
export interface DataEpochs {
  receivables: number;
  policy: number;
}

/** What a use case needs about the request: who, when, where, and the database. */
export interface Ctx {
  db: Db;
  clock: Clock;
  actor: Actor | null;
  /** Read with the session check of this request; absent outside authenticated requests. */
  epochs?: DataEpochs;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  lang: Lang;
}

export function now(ctx: Pick<Ctx, 'clock'>): Date {
  return ctx.clock.now();
}

/** Runs work in one transaction; audit rows written inside commit or roll back with it. */
export function inTx<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(work);
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new Error('requireActor: route is not authenticated');
  return ctx.actor;
}
