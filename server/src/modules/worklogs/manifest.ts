import { defineModule } from '../../platform/modules/define-module.js';
import { worklogDueKind } from './due-items.js';
import { worklogErrors } from './errors.js';
import { worklogReturnedEvent } from './events.js';
import { worklogDueJob } from './job.js';
import { worklogsPermissions } from './permissions.js';
import { worklogDueTime, worklogEscalateDays } from './policies.js';
import { worklogRoutes } from './routes.js';
import { logsToWriteTodo } from './todo-sources.js';
import { redueOnTripChanged } from './trip-handler.js';

/**
 * OPS-1: the work log (工作日志) — one per rep per working day, prefilled from the day, due at day end or on return from a trip; the supervisor reviews it (OPS-7).
 */
export const manifest = defineModule({
  name: 'worklogs',
  dependsOn: ['visits', 'customers', 'quotes', 'contracts', 'receivables'],
  permissions: worklogsPermissions,
  policies: [worklogDueTime, worklogEscalateDays],
  jobs: [worklogDueJob],
  events: { notifications: [worklogReturnedEvent], handlers: [redueOnTripChanged] },
  dueItemKinds: [worklogDueKind],
  todoSources: [logsToWriteTodo],
  errors: worklogErrors,
  routes: worklogRoutes,
});
