import { defineModule } from '../../platform/modules/define-module.js';
import { userErrors } from './errors.js';
import { userRoutes } from './routes.js';

/**
 * People: list and detail in scope, create, update, move, disable, reset password (ORG-1, ORG-2).
 */
export const manifest = defineModule({
  name: 'users',
  dependsOn: [],
  errors: userErrors,
  routes: userRoutes,
});
