import type { App } from '../../http/types.js';

/** PLAN-1/PLAN-2/PLAN-3: the annual sales plan, target splits and market sizes. */
export function targetRoutes(_app: App) {}
