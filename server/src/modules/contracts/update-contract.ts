import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { assertNotPendingApproval } from '../../platform/approvals/visibility.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { creditCheckOf } from './credit-check.js';
import { assertDates, assertDecreaseWithinContract, assertOpen, parseDeltaFen } from './fields.js';
import { getContract } from './queries.js';
import type { TContract, ZContractUpdate } from './schemas.js';
import { CONTRACT, contractInScope } from './scope.js';
import { contracts } from './tables.js';

/**
 * Q2C-8: a draft or rejected contract is edited by someone with contract:write over it. Under
 * review, approved, entered or signed it does not change (a signed one only by a supplement).
 */
export function updateContract(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZContractUpdate>,
): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await contractInScope(tx, actor, id, { permission: 'contract:write', lock: true });
    assertOpen(before);
    await assertNotPendingApproval(tx, CONTRACT, id);
    const patch: Partial<typeof contracts.$inferInsert> = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.startDate !== undefined) patch.startDate = input.startDate;
    if (input.endDate !== undefined) patch.endDate = input.endDate;
    if (input.paymentTerms !== undefined) patch.paymentTerms = input.paymentTerms;
    if (input.remark !== undefined) patch.remark = input.remark;
    if (input.amountFen !== undefined) {
      if (before.kind === 'supplement') {
        throw appError('VALIDATION_FAILED', {
          amountFen: { 'zh-CN': '补充协议请填写变更金额', en: 'A supplement has a change amount (deltaFen)' },
        });
      }
      patch.amountFen = BigInt(input.amountFen);
    }
    if (input.deltaFen !== undefined) {
      if (before.kind !== 'supplement') {
        throw appError('VALIDATION_FAILED', {
          deltaFen: { 'zh-CN': '只有补充协议有变更金额', en: 'Only a supplement has a change amount' },
        });
      }
      patch.deltaFen = parseDeltaFen(input.deltaFen);
      if (before.mainContractId)
        await assertDecreaseWithinContract(tx, before.mainContractId, patch.deltaFen);
    }
    assertDates(patch.startDate ?? before.startDate, patch.endDate ?? before.endDate);
    const [changed] = await tx
      .update(contracts)
      .set({ ...patch, updatedAt: ctx.clock.now() })
      .where(eq(contracts.id, id))
      .returning();
    const [after] = await tx
      .update(contracts)
      .set({ creditCheck: await creditCheckOf(tx, ctx, changed!) })
      .where(eq(contracts.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'contract', entityId: id, action: 'contract.update', before, after });
    return getContract(tx, actor, id);
  });
}
