import type { App } from '../../http/types.js';

export function leadRoutes(_app: App) {}
