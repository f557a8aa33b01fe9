import type { App } from '../../http/types.js';

/** PLAN-5/PLAN-6: indicators with the records behind each figure, the completion board. */
export function indicatorRoutes(_app: App) {}
