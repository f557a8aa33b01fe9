import { defineModule } from '../../platform/modules/define-module.js';
import { generalRequestFlow } from './flow.js';
import { directorThresholdFen, gmThresholdFen, requestApprovers } from './policies.js';
import { requestRoutes } from './routes.js';

/**
 * 通用申请, the general request on the approval engine.
 */
export const manifest = defineModule({
  name: 'requests',
  dependsOn: [],
  policies: [requestApprovers, directorThresholdFen, gmThresholdFen],
  flows: [generalRequestFlow],
  routes: requestRoutes,
});
