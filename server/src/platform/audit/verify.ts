import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { chainHash, GENESIS_HASH } from './canonical.js';
import { auditLog } from './tables.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first row whose stored hash or link does not match its recomputation. */
  brokenAt?: { id: number; reason: 'hash_mismatch' | 'link_mismatch' };
}

/** PEN-3: recompute the whole chain, oldest first, and name the first broken row. */
export async function verifyAuditChain(db: DbOrTx, batchSize = 2000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash)
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'link_mismatch' } };
      const expected = chainHash(prevHash, {
        at: row.at,
        actorId: row.actorId,
        actorName: row.actorName,
        entity: row.entity,
        entityId: row.entityId,
        action: row.action,
        before: row.before,
        after: row.after,
        requestId: row.requestId,
        ip: row.ip,
      });
      if (expected !== row.hash)
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'hash_mismatch' } };
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
