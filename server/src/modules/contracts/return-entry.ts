import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { tellEntryReturned } from './notices.js';
import { getContract } from './queries.js';
import type { TContract } from './schemas.js';
import { contractInScope } from './scope.js';
import { contracts } from './tables.js';

/**
 * Q2C-7: the verifier finds the entry wrong and sends it back (with the reason) to be entered
 * again: the contract returns to approved, the entered data is cleared, the scans stay.
 */
export function returnContractEntry(ctx: Ctx, id: string, reason: string): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await contractInScope(tx, actor, id, { permission: 'contract:verify', lock: true });
    if (before.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (before.status !== 'entered') throw appError('STATUS_NOT_ALLOWED');
    const [after] = await tx
      .update(contracts)
      .set({
        status: 'approved',
        signedOn: null,
        plannedInstalments: null,
        enteredAt: null,
        enteredBy: null,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(contracts.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: 'contract',
      entityId: id,
      action: 'contract.returnEntry',
      before,
      after: { ...after, reason },
    });
    await tellEntryReturned(tx, ctx, before, reason);
    return getContract(tx, actor, id);
  });
}
