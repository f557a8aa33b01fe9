import { provide } from '../../platform/events/ports.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { lastYearActualsPort } from '../targets/index.js';
import { lastYearActuals } from './last-year-port.js';
import { indicatorPermissions } from './permissions.js';
import { aheadPct, behindPct, salesBasis } from './policies.js';
import { indicatorRoutes } from './routes.js';

/**
 * 业绩指标 (PLAN-5, PLAN-6): sales amount, volume, new customers, growth, completion, collection
 * rate, satisfaction and market share per person, unit and period, computed from the records —
 * the one read model screens, exports and incentives read; the completion board.
 */
export const manifest = defineModule({
  name: 'indicators',
  dependsOn: ['targets', 'customers', 'contracts', 'orders', 'receivables'],
  permissions: indicatorPermissions,
  policies: [salesBasis, aheadPct, behindPct],
  provides: [provide(lastYearActualsPort, lastYearActuals)],
  routes: indicatorRoutes,
});
