// service: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { type ResolvedTicket, serviceTicketResolved } from './events.js';
export { manifest } from './manifest.js';
