import { defineModule } from '../../platform/modules/define-module.js';
import { policyRoutes } from './routes.js';

/**
 * The policy centre: values, history, regional overrides, acknowledgement, rules (ORG-7).
 */
export const manifest = defineModule({
  name: 'policies',
  dependsOn: ['users'],
  routes: policyRoutes,
});
