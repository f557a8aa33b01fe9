// service: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { type ResolvedTicket, serviceTicketResolved } from './events.js';
export { manifest } from './manifest.js';
// SVC-1: the use case that opens a ticket (demo data and other modules' flows).
export { openTicket } from './open-ticket.js';
// Read models: the tickets, for reads and joins in SQL only (writes go through this module).
export { serviceTickets } from './tables.js';
