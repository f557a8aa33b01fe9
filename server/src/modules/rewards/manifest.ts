import { defineModule } from '../../platform/modules/define-module.js';
import { rewardsPermissions } from './permissions.js';

/**
 * INC-6: the reward catalogue (gifts, coupons, training places) and redemption — a request consumes the points that expire first, is approved, and never takes a balance below zero.
 */
export const manifest = defineModule({
  name: 'rewards',
  dependsOn: ['points'],
  permissions: rewardsPermissions,
});
