import { defineDomainEvent } from '../../platform/events/domain-events.js';

/** A service ticket that was resolved (SVC-1). */
export interface ResolvedTicket {
  ticketId: string;
  /** The ticket's number, for words shown to people. */
  number: string;
  customerId: string;
  /** The ticket's owner: the person whose service the customer rates. */
  ownerId: string;
  /** question | installation | repair | return | complaint */
  type: string;
  resolvedAt: Date;
}

/**
 * SVC-1/SVC-2: a service ticket was resolved, in the resolving transaction. The satisfaction
 * module sends the customer a survey about it (per policy).
 */
export const serviceTicketResolved = defineDomainEvent<ResolvedTicket>('service_ticket.resolved');
