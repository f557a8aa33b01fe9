import { eq } from 'drizzle-orm';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { creditCheckOf } from './credit-check.js';
import { assertOpen } from './fields.js';
import { getContract } from './queries.js';
import type { TContract } from './schemas.js';
import { CONTRACT, contractInScope } from './scope.js';
import { contracts } from './tables.js';

/**
 * Q2C-6/CUS-9: the owner submits a draft (or a rejected contract again). The credit check is
 * made now and stored with the contract — the finance step depends on it and the page shows why —
 * then the approval chain is resolved from the amount thresholds and the credit flag.
 */
export function submitContract(ctx: Ctx, id: string): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await contractInScope(tx, actor, id, { lock: true });
    assertOpen(before);
    const creditCheck = await creditCheckOf(tx, ctx, before);
    const [after] = await tx
      .update(contracts)
      .set({ creditCheck, updatedAt: ctx.clock.now() })
      .where(eq(contracts.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'contract',
      entityId: id,
      action: 'contract.creditCheck',
      before: { creditCheck: before.creditCheck },
      after: { creditCheck: after?.creditCheck },
    });
    await submitForApproval(tx, ctx, { docType: CONTRACT, docId: id });
    return getContract(tx, actor, id);
  });
}
