import { defineModule } from '../../platform/modules/define-module.js';
import { championsPermissions } from './permissions.js';

/**
 * INC-7: monthly, quarterly and annual sales champions per unit and company, computed from the indicators at each close, announced once, their reward recorded with approval.
 */
export const manifest = defineModule({
  name: 'champions',
  dependsOn: ['indicators', 'targets', 'points'],
  permissions: championsPermissions,
});
