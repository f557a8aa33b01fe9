import { defineModule } from '../../platform/modules/define-module.js';
import { trainingErrors } from './errors.js';
import { trainingInvitedEvent } from './events.js';
import { trainingPermissions } from './permissions.js';
import { excellentScore } from './policies.js';
import { trainingRoutes } from './routes.js';
import { upcomingTrainingTodo } from './todo-sources.js';

/**
 * OPS-8: training sessions (topic, trainer, date), attendance and results, personal development plans; excellent results earn extra points.
 */
export const manifest = defineModule({
  name: 'training',
  dependsOn: [],
  permissions: trainingPermissions,
  policies: [excellentScore],
  events: { notifications: [trainingInvitedEvent] },
  todoSources: [upcomingTrainingTodo],
  errors: trainingErrors,
  routes: trainingRoutes,
});
