import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { customerPaymentFilePort, purchasedCategoriesPort } from './customer-file-ports.js';
import type { TCustomerFile } from './schemas.js';
import { customerInScope } from './scope.js';

/**
 * CUS-6 (销售代表必须自己拟定一套完整的客户档案): the rep's customer file on the customer page —
 * product categories bought, payment methods, deposits, due dates — drawn from orders, contracts
 * and receivables, never typed again. Outside the reader's scope: 404.
 */
export async function customerFile(db: DbOrTx, actor: Actor, id: string): Promise<TCustomerFile> {
  const customer = await customerInScope(db, actor, id);
  const [money, categories] = await Promise.all([
    customerPaymentFilePort.call(db, customer.id),
    purchasedCategoriesPort.call(db, customer.id),
  ]);
  const fen = (v: bigint) => v.toString();
  return {
    productCategories: categories,
    contracts: money.contracts.map((c) => ({ ...c, amountFen: fen(c.amountFen) })),
    paymentMethods: money.paymentMethods.map((m) => ({ ...m, totalFen: fen(m.totalFen) })),
    deposits: money.deposits.map((d) => ({
      ...d,
      amountFen: fen(d.amountFen),
      settledFen: fen(d.settledFen),
    })),
    dueDates: money.dueDates.map((d) => ({ ...d, amountFen: fen(d.amountFen), openFen: fen(d.openFen) })),
  };
}
