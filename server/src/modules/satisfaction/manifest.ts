import { provide } from '../../platform/events/ports.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { satisfactionPort } from '../indicators/index.js';
import { satisfactionErrors } from './errors.js';
import { praiseRecordedEvent, surveyAnsweredEvent } from './events.js';
import { satisfactionRead } from './indicator.js';
import { satisfactionPermissions } from './permissions.js';
import { satisfactionPolicies } from './policies.js';
import { satisfactionRoutes } from './routes.js';
import { scheduledSurveyJob, surveyOnOrderAccepted, surveyOnTicketResolved } from './triggers.js';

/**
 * SVC-2/SVC-3: customer satisfaction surveys (answered through a link without an account) and customer praise; scores feed the satisfaction indicator, praise earns extra points.
 */
export const manifest = defineModule({
  name: 'satisfaction',
  dependsOn: ['customers', 'orders', 'service', 'indicators'],
  permissions: satisfactionPermissions,
  policies: satisfactionPolicies,
  jobs: [scheduledSurveyJob],
  events: {
    notifications: [surveyAnsweredEvent, praiseRecordedEvent],
    handlers: [surveyOnTicketResolved, surveyOnOrderAccepted],
  },
  provides: [provide(satisfactionPort, satisfactionRead)],
  errors: satisfactionErrors,
  routes: satisfactionRoutes,
});
