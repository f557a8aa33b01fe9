import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { on } from '../../platform/events/domain-events.js';
import { contractSigned } from '../contracts/index.js';
import { customerCreditSet } from '../customers/index.js';
import { instalmentsSettled, paymentConfirmed } from '../receivables/index.js';
import { customersOfInstalments, reconcileCustomerRisks } from './reconcile.js';

const reconcile = async (tx: Tx, ctx: Ctx, customerIds: string[]) => {
  for (const id of [...new Set(customerIds)].sort()) await reconcileCustomerRisks(tx, ctx, id);
};

/**
 * RISK-1: the money events that move a customer's credit signals reconcile its system risks in
 * the same transaction: a contract signed (new debt), a credit limit set, confirmed money
 * settling instalments (a payment, credit, a credit note, a write-off). payment.reversed is
 * emitted before the reversal is written, so the daily job picks it up.
 */
export const riskHandlers = [
  on(contractSigned, (tx, ctx, { contract }) => reconcile(tx, ctx, [contract.customerId])),
  on(customerCreditSet, (tx, ctx, { customerId }) => reconcile(tx, ctx, [customerId])),
  on(instalmentsSettled, async (tx, ctx, { instalmentIds }) =>
    reconcile(tx, ctx, await customersOfInstalments(tx, instalmentIds)),
  ),
  on(paymentConfirmed, (tx, ctx, { payment }) => reconcile(tx, ctx, [payment.customerId])),
];
