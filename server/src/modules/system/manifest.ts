import { defineModule } from '../../platform/modules/define-module.js';
import { systemRoutes } from './routes.js';

/**
 * Health, the login log, the audit log and its verification (ORG-5).
 */
export const manifest = defineModule({
  name: 'system',
  dependsOn: [],
  routes: systemRoutes,
});
