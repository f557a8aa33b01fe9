import { defineModule } from '../../platform/modules/define-module.js';
import { resolutionDueKind, responseDueKind } from './due-items.js';
import { serviceErrors } from './errors.js';
import { ticketAssignedEvent, ticketResolvedEvent } from './events.js';
import { servicePermissions } from './permissions.js';
import { servicePolicies } from './policies.js';
import { serviceRoutes } from './routes.js';
import { openTicketsTodo } from './todo-sources.js';

/**
 * SVC-1/CUS-5: after-sales service tickets (服务工单) — questions, installation, repair, returns, complaints; any rep opens one for any customer; response and resolution deadlines.
 */
export const manifest = defineModule({
  name: 'service',
  dependsOn: ['customers', 'contracts', 'orders', 'products'],
  permissions: servicePermissions,
  policies: servicePolicies,
  events: { notifications: [ticketAssignedEvent, ticketResolvedEvent] },
  dueItemKinds: [responseDueKind, resolutionDueKind],
  todoSources: [openTicketsTodo],
  errors: serviceErrors,
  routes: serviceRoutes,
});
