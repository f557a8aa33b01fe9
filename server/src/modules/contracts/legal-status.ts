import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { ContractRow } from './scope.js';
import { contracts, type legalStatuses } from './tables.js';

export type LegalStatus = (typeof legalStatuses)[number];

/** Which contract a legal-status change may move. */
export type LegalStatusFrom =
  /** a signed contract, whatever its legal status (finance or the director decides) */
  | 'signed'
  /** a contract still in normal collection (the escalation ladder's legal step) */
  | 'normal_collection';

/**
 * AR-8: sets a contract's legal status for collection, with the audit row (`action`), in the
 * caller's transaction. The row is locked first; null when no contract matches `from`.
 */
export async function setContractLegalStatus(
  tx: Tx,
  ctx: Ctx,
  contractId: string,
  change: { status: LegalStatus; note: string; action: string; from: LegalStatusFrom },
): Promise<{ before: ContractRow; after: ContractRow } | null> {
  const condition =
    change.from === 'signed' ? eq(contracts.status, 'signed') : eq(contracts.legalStatus, 'none');
  const [before] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), condition))
    .for('update');
  if (!before) return null;
  const at = ctx.clock.now();
  const [after] = await tx
    .update(contracts)
    .set({ legalStatus: change.status, legalStatusAt: at, updatedAt: at })
    .where(eq(contracts.id, contractId))
    .returning();
  await audit(tx, ctx, {
    entity: 'contract',
    entityId: contractId,
    action: change.action,
    before: { legalStatus: before.legalStatus },
    after: { legalStatus: change.status, note: change.note },
  });
  return { before, after: after! };
}
