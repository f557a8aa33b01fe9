import { defineModule } from '../../platform/modules/define-module.js';
import { jobErrors } from './errors.js';
import { jobRoutes } from './routes.js';

/**
 * Scheduled jobs, run now, and the business clock for tests.
 */
export const manifest = defineModule({
  name: 'jobs',
  dependsOn: [],
  errors: jobErrors,
  routes: jobRoutes,
});
