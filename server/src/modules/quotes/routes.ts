import type { App } from '../../http/types.js';

/** Q2C-2 … Q2C-4: quotes, their review and approval, and order intents. */
export function quoteRoutes(_app: App) {}
