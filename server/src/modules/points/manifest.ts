import { defineModule } from '../../platform/modules/define-module.js';
import { pointsPermissions } from './permissions.js';
import { pointsPolicies } from './policies.js';

/**
 * INC-2 … INC-5: the points ledger — basic points from confirmed sales × the basic ratio, extra points per rule and event, each lot expiring on its own date; manual awards with a reason and an approver; a rep’s lots and history; the points board.
 */
export const manifest = defineModule({
  name: 'points',
  dependsOn: ['indicators', 'targets'],
  permissions: pointsPermissions,
  policies: pointsPolicies,
});
