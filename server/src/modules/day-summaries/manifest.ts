import { defineModule } from '../../platform/modules/define-module.js';
import { sendDueKind } from './due-items.js';
import { daySummaryErrors } from './errors.js';
import { daySummarySentEvent } from './events.js';
import { assembleJob } from './job.js';
import { daySummariesPermissions } from './permissions.js';
import { assembleTime, recipients, sendBy } from './policies.js';
import { daySummaryRoutes } from './routes.js';
import { summariesToSendTodo } from './todo-sources.js';

/**
 * OPS-3: the assistant's end-of-day summary (orders, opinions, work logs) assembled at the policy time, reviewed and mailed to the GM and the sales manager.
 */
export const manifest = defineModule({
  name: 'day-summaries',
  dependsOn: ['worklogs', 'orders'],
  permissions: daySummariesPermissions,
  policies: [assembleTime, sendBy, recipients],
  jobs: [assembleJob],
  events: { notifications: [daySummarySentEvent] },
  dueItemKinds: [sendDueKind],
  todoSources: [summariesToSendTodo],
  errors: daySummaryErrors,
  routes: daySummaryRoutes,
});
