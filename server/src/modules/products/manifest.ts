import { defineModule } from '../../platform/modules/define-module.js';
import { productErrors } from './errors.js';
import { productPermissions } from './permissions.js';
import { productRoutes } from './routes.js';

/**
 * 产品目录 and versioned prices (Q2C-1).
 */
export const manifest = defineModule({
  name: 'products',
  dependsOn: [],
  permissions: productPermissions,
  errors: productErrors,
  routes: productRoutes,
});
