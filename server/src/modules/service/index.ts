// service: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// SVC-1: the use cases that open and move a ticket (demo data and other modules' flows).
export { changeTicketStatus } from './change-status.js';
// Domain events.
export { type ResolvedTicket, serviceTicketResolved } from './events.js';
export { manifest } from './manifest.js';
export { openTicket } from './open-ticket.js';
// Read models: the tickets, for reads and joins in SQL only (writes go through this module).
export { serviceTickets } from './tables.js';
