import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import { chainHash, GENESIS_HASH, snapshot } from './canonical.js';
import { auditLog } from './tables.js';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** A fixed advisory-lock key serialises chain appends across connections and instances. */
const AUDIT_CHAIN_LOCK = 730_201;

/**
 * PEN-3: record a write. Call inside the transaction of the write itself, so the audit row
 * commits or rolls back with it. The row is chained to the previous one by its hash.
 */
export async function audit(tx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    at: ctx.clock.now(),
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.username ?? null,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
}

/**
 * Several audit rows for one transaction's writes (e.g. a batch of imported records), chained
 * exactly as one audit() call each would chain them, with one lock, one read of the last hash
 * and one insert.
 */
export async function auditMany(tx: Tx, ctx: Ctx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = ctx.clock.now();
  const rows = entries.map((entry) => {
    const fields = {
      at,
      actorId: ctx.actor?.id ?? null,
      actorName: ctx.actor?.username ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: ctx.requestId,
      ip: ctx.ip,
    };
    const hash = chainHash(prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  // Rows get their ids in list order, which is the chain's order.
  await tx.insert(auditLog).values(rows);
}
