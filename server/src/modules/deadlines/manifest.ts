import { defineModule } from '../../platform/modules/define-module.js';
import { deadlineRoutes } from './routes.js';
import { dueItemsTodo } from './todo-sources.js';

/**
 * Overdue items in scope and my items (ORG-4).
 */
export const manifest = defineModule({
  name: 'deadlines',
  dependsOn: [],
  routes: deadlineRoutes,
  todoSources: [dueItemsTodo],
});
