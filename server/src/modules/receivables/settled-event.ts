import { defineDomainEvent } from '../../platform/events/domain-events.js';

/**
 * AR-4: confirmed money now counts against these instalments (a payment confirmed by finance,
 * customer credit or a credit note applied, a write-off settled), in the same transaction.
 * Collection closes the overdue items of the debts this paid off.
 */
export const instalmentsSettled = defineDomainEvent<{ instalmentIds: string[] }>('instalment.settled');
