import { defineModule } from '../../platform/modules/define-module.js';
import { roleErrors } from './errors.js';
import { roleRoutes } from './routes.js';

/**
 * Roles, their grants and the preset roles (ORG-6).
 */
export const manifest = defineModule({
  name: 'roles',
  dependsOn: ['units'],
  errors: roleErrors,
  routes: roleRoutes,
});
