import type { App } from '../../http/types.js';

/** Q2C-1: the product catalogue and its versioned prices. */
export function productRoutes(_app: App) {}
