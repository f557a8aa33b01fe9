import type { App } from '../../http/types.js';

/** Q2C-8, Q2C-10, Q2C-11: orders, shipments, delivery documents, acceptance, returns and exchanges. */
export function orderRoutes(_app: App) {}
