import type { App } from '../../http/types.js';

/** PLAN-4: personal annual and monthly sales plans. */
export function personalPlanRoutes(_app: App) {}
