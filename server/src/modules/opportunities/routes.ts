import type { App } from '../../http/types.js';

export function opportunityRoutes(_app: App) {}
