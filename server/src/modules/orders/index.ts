// Orders (订单): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").
// SVC-1: a return/exchange service ticket starts a return in its own transaction.
export { createReturnIn } from './create-return.js';
// Domain events.
export { type AcceptedOrder, orderAccepted } from './events.js';
export { manifest } from './manifest.js';
// Reads: the end-of-day summary's orders of the day (OPS-3).
export { type DayOrder, ordersMadeBetween } from './orders-of-day.js';
// Read models: the orders, for reads and joins in SQL only (writes go through this module).
export { orders } from './tables.js';
