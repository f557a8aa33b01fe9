import type { App } from '../../http/types.js';
import { targetSetRoutes } from './sets/routes.js';

/** PLAN-1/PLAN-2/PLAN-3: the annual sales plan, target splits and market sizes. */
export function targetRoutes(app: App) {
  targetSetRoutes(app);
}
