import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { signedMainContract } from './contract-source.js';
import { lockEditableReturn } from './lock-return.js';
import { assertCreditWithinContract, assertOrderOfContract } from './return-checks.js';
import { getReturn } from './return-queries.js';
import type { TReturn, ZReturnUpdate } from './schemas.js';
import { returnRequests } from './tables.js';

/** Q2C-8: a draft or rejected return is corrected before it is (re)submitted. */
export function updateReturn(ctx: Ctx, id: string, input: z.output<typeof ZReturnUpdate>): Promise<TReturn> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await lockEditableReturn(tx, actor, id);
    const contract = await signedMainContract(tx, actor, before.contractId);
    if (input.orderId) await assertOrderOfContract(tx, actor, input.orderId, contract.id);
    const creditFen = input.creditFen !== undefined ? BigInt(input.creditFen) : before.creditFen;
    await assertCreditWithinContract(tx, contract, creditFen, id);
    const [after] = await tx
      .update(returnRequests)
      .set({
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.orderId !== undefined ? { orderId: input.orderId } : {}),
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
        creditFen,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(returnRequests.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'return_request', entityId: id, action: 'return.update', before, after });
    return getReturn(tx, actor, id);
  });
}
