import { defineModule } from '../../platform/modules/define-module.js';
import { contestErrors } from './errors.js';
import { contestResultEvent } from './events.js';
import { contestsJob } from './job.js';
import { contestsPermissions } from './permissions.js';
import { contestRoutes } from './routes.js';

/**
 * INC-9: sales contests — period, participants, metric, prize; a live leaderboard; results closed and announced; winners’ extra points.
 */
export const manifest = defineModule({
  name: 'contests',
  dependsOn: ['indicators', 'targets', 'points'],
  permissions: contestsPermissions,
  jobs: [contestsJob],
  events: { notifications: [contestResultEvent] },
  errors: contestErrors,
  routes: contestRoutes,
});
