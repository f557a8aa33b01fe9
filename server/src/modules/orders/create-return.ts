import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { signedMainContract } from './contract-source.js';
import { nextReturnNumber } from './numbers.js';
import { assertCreditWithinContract, assertOrderOfContract } from './return-checks.js';
import { getReturn } from './return-queries.js';
import type { TReturn, ZReturnCreate } from './schemas.js';
import { returnRequests } from './tables.js';

/**
 * Q2C-8: a return or exchange request (draft) on a signed main contract the actor may read. It
 * belongs to the contract's owner and unit; it takes effect only once approved (submit-return).
 */
export function createReturn(ctx: Ctx, input: z.output<typeof ZReturnCreate>): Promise<TReturn> {
  return inTx(ctx, (tx) => createReturnIn(tx, ctx, input));
}

/** createReturn in the caller's transaction (e.g. a service ticket starting a return, SVC-1). */
export async function createReturnIn(
  tx: Tx,
  ctx: Ctx,
  input: z.output<typeof ZReturnCreate>,
): Promise<TReturn> {
  const actor = requireActor(ctx);
  const contract = await signedMainContract(tx, actor, input.contractId);
  if (input.orderId) await assertOrderOfContract(tx, actor, input.orderId, contract.id);
  const creditFen = BigInt(input.creditFen);
  await assertCreditWithinContract(tx, contract, creditFen);
  const at = ctx.clock.now();
  const number = await nextReturnNumber(tx, at);
  const [row] = await tx
    .insert(returnRequests)
    .values({
      number,
      kind: input.kind,
      contractId: contract.id,
      orderId: input.orderId ?? null,
      customerId: contract.customerId,
      ownerId: contract.ownerId,
      unitId: contract.unitId,
      reason: input.reason,
      creditFen,
      status: 'draft',
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
    })
    .returning();
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: contract.customerId,
    kind: 'return.created',
    summary:
      input.kind === 'return'
        ? {
            'zh-CN': `登记退货申请 ${number}（合同 ${contract.number}）`,
            en: `Return ${number} requested (contract ${contract.number})`,
          }
        : {
            'zh-CN': `登记换货申请 ${number}（合同 ${contract.number}）`,
            en: `Exchange ${number} requested (contract ${contract.number})`,
          },
    refType: 'return',
    refId: row!.id,
  });
  await audit(tx, ctx, {
    entity: 'return_request',
    entityId: row!.id,
    action: 'return.create',
    after: row,
  });
  return getReturn(tx, actor, row!.id);
}
