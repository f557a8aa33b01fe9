import { defineModule } from '../../platform/modules/define-module.js';
import { leadErrors } from './errors.js';
import { leadRoutes } from './routes.js';

/**
 * Lead qualification by policy-weighted criteria and conversion (CUS-4).
 */
export const manifest = defineModule({
  name: 'leads',
  dependsOn: ['customers'],
  errors: leadErrors,
  routes: leadRoutes,
});
