import type { App } from '../../http/types.js';

export function customerPoolRoutes(_app: App) {}
