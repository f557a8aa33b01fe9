import { defineModule } from '../../platform/modules/define-module.js';
import { opportunityErrors } from './errors.js';
import { stageProbability } from './policies.js';
import { opportunityRoutes } from './routes.js';

/**
 * 商机 pipeline: stages, board, funnel, weighted amounts (CUS-8).
 */
export const manifest = defineModule({
  name: 'opportunities',
  dependsOn: ['customers'],
  policies: [stageProbability],
  errors: opportunityErrors,
  routes: opportunityRoutes,
});
