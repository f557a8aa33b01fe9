import { eq, or, type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { serviceTickets } from './tables.js';

/** The audit entity, timeline subject and due-item subject of a ticket. */
export const TICKET_ENTITY = 'service_ticket';
export type TicketRow = typeof serviceTickets.$inferSelect;

/** Web path of a ticket. */
export const ticketLink = (id: string) => `/service-tickets/${id}`;

const cols = { owner: serviceTickets.ownerId, unit: serviceTickets.unitId };

/**
 * CUS-5/ORG-5: who reads a ticket — the one who opened it (even for a customer outside their
 * own scope), or service_ticket:read's scope over the owner and the owner's unit.
 */
export function ticketReadable(actor: Actor): SQL {
  return or(eq(serviceTickets.openedBy, actor.id), scopeCondition(actor, 'service_ticket:read', cols))!;
}

/** Who works a ticket: its owner, or service_ticket:handle's scope over the owner and unit. */
export function ticketHandleable(actor: Actor): SQL {
  return or(eq(serviceTickets.ownerId, actor.id), scopeCondition(actor, 'service_ticket:handle', cols))!;
}

/** The ticket's open due items: the earliest due time (response or resolution), null when none. */
export const ticketDueAt = sql<Date | null>`(select min(d.due_at) from due_items d
  where d.subject_type = ${TICKET_ENTITY} and d.subject_id = ${serviceTickets.id}::text and d.status = 'open')`;
