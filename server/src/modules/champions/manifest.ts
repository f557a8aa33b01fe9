import { defineModule } from '../../platform/modules/define-module.js';
import { championErrors } from './errors.js';
import { championEvent } from './events.js';
import { championRewardFlow } from './flow.js';
import { championsJob } from './job.js';
import { championsPermissions } from './permissions.js';
import { championMetric, championRunTime, rewardApprovers } from './policies.js';
import { championRoutes } from './routes.js';
import { championsToRewardTodo } from './todo-sources.js';

/**
 * INC-7: monthly, quarterly and annual sales champions per unit and company, computed from the indicators at each close, announced once, their reward recorded with approval.
 */
export const manifest = defineModule({
  name: 'champions',
  dependsOn: ['indicators', 'targets', 'points'],
  permissions: championsPermissions,
  policies: [championMetric, championRunTime, rewardApprovers],
  flows: [championRewardFlow],
  jobs: [championsJob],
  events: { notifications: [championEvent] },
  todoSources: [championsToRewardTodo],
  errors: championErrors,
  routes: championRoutes,
});
