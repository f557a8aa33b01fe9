import { defineModule } from '../../platform/modules/define-module.js';
import { todoRoutes } from './routes.js';

/**
 * 待办: pending approvals, due and overdue items, tasks, appeals; the badge count.
 */
export const manifest = defineModule({
  name: 'todo',
  dependsOn: ['notifications', 'tasks'],
  routes: todoRoutes,
});
