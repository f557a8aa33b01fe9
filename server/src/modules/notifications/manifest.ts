import { defineModule } from '../../platform/modules/define-module.js';
import { notificationRoutes } from './routes.js';

/**
 * Notifications, read state, mail preferences, the outbox.
 */
export const manifest = defineModule({
  name: 'notifications',
  dependsOn: [],
  routes: notificationRoutes,
});
