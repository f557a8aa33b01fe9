import type { App } from '../../http/types.js';
import { marketSizeRoutes } from './market/routes.js';
import { salesPlanRoutes } from './sales-plan/routes.js';
import { targetSetRoutes } from './sets/routes.js';

/** PLAN-1/PLAN-2/PLAN-3: the annual sales plan, target splits and market sizes. */
export function targetRoutes(app: App) {
  salesPlanRoutes(app);
  targetSetRoutes(app);
  marketSizeRoutes(app);
}
