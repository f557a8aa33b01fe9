import type { App } from '../../http/types.js';

export function customerRoutes(_app: App) {}
