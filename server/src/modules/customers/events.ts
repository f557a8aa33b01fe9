import { defineDomainEvent } from '../../platform/events/domain-events.js';

/**
 * CUS-9: a customer's credit limit or rating was set, in the setting transaction (after the
 * write). The risk register weighs the customer's debt against the new limit (RISK-1).
 */
export const customerCreditSet = defineDomainEvent<{ customerId: string }>('customer.creditSet');
