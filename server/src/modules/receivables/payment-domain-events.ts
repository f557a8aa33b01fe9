import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** What a confirmed payment event carries: the payment as finance confirmed it. */
export interface ConfirmedPayment {
  id: string;
  number: string;
  ownerId: string;
  unitId: string;
  customerId: string;
  contractId: string | null;
  amountFen: bigint;
}

/**
 * AR-4: finance confirmed a payment (from now its money counts), in the confirming transaction.
 * Points award basic points on it (INC-3, when points.basicBasis is `collected`).
 */
export const paymentConfirmed = defineDomainEvent<{ payment: ConfirmedPayment }>('payment.confirmed');

/**
 * AR-4: finance reverses a confirmed payment (`payment` is the original), in the reversing
 * transaction, before it writes anything: points take back what it earned.
 */
export const paymentReversed = defineDomainEvent<{ payment: ConfirmedPayment }>('payment.reversed');
