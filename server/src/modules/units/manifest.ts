import { defineModule } from '../../platform/modules/define-module.js';
import { unitErrors } from './errors.js';
import { unitRoutes } from './routes.js';

/**
 * The organisation tree (ORG-1).
 */
export const manifest = defineModule({
  name: 'units',
  dependsOn: [],
  errors: unitErrors,
  routes: unitRoutes,
});
