import type { App } from '../../http/types.js';

/** Q2C-5 … Q2C-8, CUS-9: contracts, supplements, review chain, signing entry and verification. */
export function contractRoutes(_app: App) {}
