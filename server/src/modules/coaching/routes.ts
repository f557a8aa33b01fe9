import type { App } from '../../http/types.js';

/** PLAN-6: coaching records of people behind target. */
export function coachingRoutes(_app: App) {}
