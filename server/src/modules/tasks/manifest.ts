import { defineModule } from '../../platform/modules/define-module.js';
import { taskErrors } from './errors.js';
import { taskNotifications } from './notification-events.js';
import { taskRoutes } from './routes.js';
import { taskDueItems } from './subject.js';

/**
 * 指令 to direct reports and 申诉 appeals (ORG-3, ORG-4).
 */
export const manifest = defineModule({
  name: 'tasks',
  dependsOn: ['users'],
  events: { notifications: taskNotifications },
  dueItemLinks: [taskDueItems],
  errors: taskErrors,
  routes: taskRoutes,
});
