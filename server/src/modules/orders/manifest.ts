import { provide } from '../../platform/events/ports.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { purchasedCategoriesPort } from '../customers/index.js';
import { orderErrors } from './errors.js';
import { orderPermissions } from './permissions.js';
import { returnApprovers, returnDirectorThresholdFen } from './policies.js';
import { orderProgressEvent } from './progress.js';
import { purchasedCategories } from './purchased-categories.js';
import { returnFlow } from './return-flow.js';
import { orderRoutes } from './routes.js';

/**
 * 订单, shipments, delivery documents, acceptance; 退换货 → credit notes (Q2C-8, Q2C-10, Q2C-11).
 */
export const manifest = defineModule({
  name: 'orders',
  dependsOn: ['contracts', 'customers', 'products', 'receivables'],
  policies: [returnDirectorThresholdFen, returnApprovers],
  permissions: orderPermissions,
  flows: [returnFlow],
  events: { notifications: [orderProgressEvent] },
  provides: [provide(purchasedCategoriesPort, purchasedCategories)],
  errors: orderErrors,
  routes: orderRoutes,
});
