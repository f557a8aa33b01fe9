import { defineModule } from '../../platform/modules/define-module.js';
import { marketIntelErrors } from './errors.js';
import { marketIntelPermissions } from './permissions.js';
import { editDays } from './policies.js';
import { marketIntelRoutes } from './routes.js';

/**
 * OPS-10: market and competitor intelligence (市场信息) — competitor, product, price, source, date, linked to customers and visits.
 */
export const manifest = defineModule({
  name: 'market-intel',
  dependsOn: ['customers', 'visits'],
  permissions: marketIntelPermissions,
  policies: [editDays],
  errors: marketIntelErrors,
  routes: marketIntelRoutes,
});
