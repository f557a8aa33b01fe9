import type { App } from '../../http/types.js';

export function customerImportRoutes(_app: App) {}
