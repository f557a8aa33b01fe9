import { defineModule } from '../../platform/modules/define-module.js';
import { meetingErrors } from './errors.js';
import { meetingPrepareJob } from './job.js';
import { meetingsPermissions } from './permissions.js';
import { meetingPrepareTime, meetingStartTime } from './policies.js';
import { meetingRoutes } from './routes.js';
import { meetingsToHostTodo } from './todo-sources.js';

/**
 * OPS-6: the morning meeting (早会) per unit each working day — yesterday's figures, problems, views, today's assignments, attendance; a late arrival is a lateness violation.
 */
export const manifest = defineModule({
  name: 'meetings',
  dependsOn: ['daily-reports', 'visits', 'tasks'],
  permissions: meetingsPermissions,
  policies: [meetingStartTime, meetingPrepareTime],
  jobs: [meetingPrepareJob],
  todoSources: [meetingsToHostTodo],
  errors: meetingErrors,
  routes: meetingRoutes,
});
