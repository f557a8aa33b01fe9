import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { contractSigned } from './events.js';
import { assertDecreaseWithinContract } from './fields.js';
import { tellManagerSigned } from './notices.js';
import { getContract } from './queries.js';
import type { TContract } from './schemas.js';
import { type ContractRow, contractInScope } from './scope.js';
import { contracts } from './tables.js';
import { contractTimelineEvent } from './timeline.js';

/**
 * Q2C-7: a second person verifies (复核) the entered signing data; then the contract is signed
 * and never changes again (Q2C-8). A main contract gets its payment plan (AR-1); a supplement
 * changes the main contract's receivable; a letter of intent has no plan. The owner's manager
 * is told the signed copy is filed.
 */
export function verifyContract(ctx: Ctx, id: string): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await contractInScope(tx, actor, id, { permission: 'contract:verify', lock: true });
    if (before.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (before.status !== 'entered' || !before.signedOn) throw appError('STATUS_NOT_ALLOWED');
    if (before.enteredBy === actor.id) throw appError('CONTRACT_VERIFY_SELF');
    if (before.kind === 'supplement' && before.mainContractId)
      await assertDecreaseWithinContract(tx, before.mainContractId, before.deltaFen ?? 0n);
    const at = ctx.clock.now();
    const [after] = (await tx
      .update(contracts)
      .set({ status: 'signed', verifiedAt: at, verifiedBy: actor.id, signedAt: at, updatedAt: at })
      .where(eq(contracts.id, id))
      .returning()) as [ContractRow];
    // AR-1: receivables makes the payment plan or applies the supplement (ADR 16).
    await emit(tx, ctx, contractSigned, { contract: { ...after, signedOn: before.signedOn } });
    await audit(tx, ctx, { entity: 'contract', entityId: id, action: 'contract.verify', before, after });
    await contractTimelineEvent(tx, ctx, after, 'signed');
    await tellManagerSigned(tx, ctx, after);
    return getContract(tx, actor, id);
  });
}
