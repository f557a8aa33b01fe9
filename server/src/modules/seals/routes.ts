import type { App } from '../../http/types.js';

/** Q2C-9: the seal register, usage requests and the custody log. */
export function sealRoutes(_app: App) {}
