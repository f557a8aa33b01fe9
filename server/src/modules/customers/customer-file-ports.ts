import type { DbOrTx } from '../../db/client.js';
import { definePort } from '../../platform/events/ports.js';

/** CUS-6: what a customer has signed and how it pays, as receivables and contracts hold it. */
export interface CustomerPaymentFile {
  /** Signed main contracts, newest first. */
  contracts: { id: string; number: string; title: string; signedOn: string | null; amountFen: bigint }[];
  /** How the customer has paid: confirmed payments by method. */
  paymentMethods: { method: string; count: number; totalFen: bigint }[];
  /** 定金: the first instalment of each signed contract, what was due and what is settled. */
  deposits: { contractNumber: string; dueDate: string; amountFen: bigint; settledFen: bigint }[];
  /** 货款缴纳日期: the open instalments in force, earliest due first. */
  dueDates: { contractNumber: string; seq: number; dueDate: string; amountFen: bigint; openFen: bigint }[];
}

/** CUS-6: a product category the customer has ordered, with the quantity ordered. */
export interface PurchasedCategory {
  name: string;
  quantity: number;
}

/**
 * CUS-6: the rep's customer file reads what the money modules hold; they depend on customers,
 * so they answer through ports (ADR 16), never the other way round.
 */
export const customerPaymentFilePort =
  definePort<(db: DbOrTx, customerId: string) => Promise<CustomerPaymentFile>>('customers.paymentFile');
export const purchasedCategoriesPort = definePort<
  (db: DbOrTx, customerId: string) => Promise<PurchasedCategory[]>
>('customers.purchasedCategories');
