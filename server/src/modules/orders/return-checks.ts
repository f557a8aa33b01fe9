import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { contracts } from '../contracts/index.js';
import type { ContractSource } from './contract-source.js';
import { orderReadScope } from './scope.js';
import { orders, returnRequests } from './tables.js';

/** A return names an order only of its own contract, one the actor may read. */
export async function assertOrderOfContract(tx: Tx, actor: Actor, orderId: string, contractId: string) {
  if (
    !(await scopedExists(tx, orders, orderId, and(eq(orders.contractId, contractId), orderReadScope(actor))))
  ) {
    throw appError('VALIDATION_FAILED', {
      orderId: { 'zh-CN': '请选择该合同下的订单', en: 'Choose an order of this contract' },
    });
  }
}

/**
 * Q2C-8: the credit of a return, with the credits of the contract's other returns in review or
 * approved, never exceeds the contract amount (with its signed supplements).
 */
export async function assertCreditWithinContract(
  tx: Tx,
  contract: Pick<ContractSource, 'id' | 'amountFen'>,
  creditFen: bigint,
  returnId?: string,
) {
  // Returns of one contract are checked one after the other (two submitted at once would each
  // miss the other's credit).
  await tx.select({ id: contracts.id }).from(contracts).where(eq(contracts.id, contract.id)).for('update');
  const [other] = await tx
    .select({ sum: sql<string>`coalesce(sum(${returnRequests.creditFen}), 0)::text` })
    .from(returnRequests)
    .where(
      and(
        eq(returnRequests.contractId, contract.id),
        inArray(returnRequests.status, ['reviewing', 'approved']),
        returnId ? ne(returnRequests.id, returnId) : undefined,
      ),
    );
  const left = contract.amountFen - BigInt(other?.sum ?? '0');
  if (creditFen > left) {
    const rest = left < 0n ? 0n : left;
    throw appError('RETURN_CREDIT_EXCEEDS_CONTRACT', {
      creditFen: {
        'zh-CN': `最多可退 ${moneyText(rest)}（合同金额减去其他退换货）`,
        en: `At most ${moneyText(rest)} (the contract amount less other returns)`,
      },
    });
  }
}
