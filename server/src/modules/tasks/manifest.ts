import { defineModule } from '../../platform/modules/define-module.js';
import { taskErrors } from './errors.js';
import { taskNotifications } from './notification-events.js';
import { taskRoutes } from './routes.js';
import { taskDueItems } from './subject.js';
import { appealsTodo, tasksTodo } from './todo-sources.js';

/**
 * 指令 to direct reports and 申诉 appeals (ORG-3, ORG-4).
 */
export const manifest = defineModule({
  name: 'tasks',
  dependsOn: ['users'],
  events: { notifications: taskNotifications },
  dueItemLinks: [taskDueItems],
  todoSources: [tasksTodo, appealsTodo],
  errors: taskErrors,
  routes: taskRoutes,
});
