import { defineModule } from '../../platform/modules/define-module.js';
import { rewardErrors } from './errors.js';
import { redemptionFlow } from './flow.js';
import { rewardsPermissions } from './permissions.js';
import { rewardPolicies } from './policies.js';
import { rewardRoutes } from './routes.js';

/**
 * INC-6: the reward catalogue (gifts, coupons, training places) and redemption — a request consumes the points that expire first, is approved, and never takes a balance below zero.
 */
export const manifest = defineModule({
  name: 'rewards',
  dependsOn: ['points'],
  permissions: rewardsPermissions,
  policies: rewardPolicies,
  flows: [redemptionFlow],
  errors: rewardErrors,
  routes: rewardRoutes,
});
