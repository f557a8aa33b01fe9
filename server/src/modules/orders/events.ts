import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** A delivered order the customer accepted (Q2C-10). */
export interface AcceptedOrder {
  orderId: string;
  /** The order's number, for words shown to people. */
  number: string;
  customerId: string;
  /** The order's rep: the person whose service the customer rates. */
  ownerId: string;
  acceptedAt: Date;
}

/**
 * Q2C-10/SVC-2: the customer accepted a delivery (验收), in the accepting transaction. The
 * satisfaction module sends the customer a survey about it (per policy).
 */
export const orderAccepted = defineDomainEvent<AcceptedOrder>('order.accepted');
