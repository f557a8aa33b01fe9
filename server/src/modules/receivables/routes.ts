import type { App } from '../../http/types.js';

/** AR-1 … AR-4, AR-7: payment plans, payments with finance confirmation, invoices. */
export function receivableRoutes(_app: App) {}
