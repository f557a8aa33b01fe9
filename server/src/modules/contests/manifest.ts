import { defineModule } from '../../platform/modules/define-module.js';
import { contestsPermissions } from './permissions.js';

/**
 * INC-9: sales contests — period, participants, metric, prize; a live leaderboard; results closed and announced; winners’ extra points.
 */
export const manifest = defineModule({
  name: 'contests',
  dependsOn: ['indicators', 'targets', 'points'],
  permissions: contestsPermissions,
});
