import { defineDomainEvent } from '../../platform/events/domain-events.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';

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

/** CUS-5: the owner of a ticket is told it is theirs (opened for their customer, or handed to them). */
export const ticketAssignedEvent = defineNotificationEvent({
  key: 'service_ticket.assigned',
  label: { 'zh-CN': '有服务工单交给我处理', en: 'A service ticket was given to me' },
  emailByDefault: true,
});

/** SVC-1: the one who opened a ticket is told it was resolved. */
export const ticketResolvedEvent = defineNotificationEvent({
  key: 'service_ticket.resolved',
  label: { 'zh-CN': '我登记的服务工单已解决', en: 'A service ticket I opened was resolved' },
  emailByDefault: false,
});
