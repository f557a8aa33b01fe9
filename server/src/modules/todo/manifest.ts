import { defineModule } from '../../platform/modules/define-module.js';
import { todoRoutes } from './routes.js';

/**
 * 待办: every piece of work waiting for the signed-in user, read from the to-do sources the
 * modules register (platform/todo/sources.ts, ADR 22); the badge count.
 */
export const manifest = defineModule({
  name: 'todo',
  dependsOn: ['notifications'],
  routes: todoRoutes,
});
