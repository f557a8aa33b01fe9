import { defineModule } from '../../platform/modules/define-module.js';
import { summaryDueKind } from './due-items.js';
import { supervisionErrors } from './errors.js';
import { summarySubmittedEvent } from './events.js';
import { summaryDueJob } from './job.js';
import { supervisionPermissions } from './permissions.js';
import { summaryDueDay, summaryReaders } from './policies.js';
import { supervisionRoutes } from './routes.js';
import { toReviewTodo } from './todo-sources.js';
import { summariesToReadTodo, summaryToWriteTodo } from './todo-summaries.js';

/**
 * OPS-7: the supervisor's daily review queue (work logs, daily reports, visit reports) and the monthly summary (月度总结) read by the manager.
 */
export const manifest = defineModule({
  name: 'supervision',
  dependsOn: ['worklogs', 'daily-reports', 'visits', 'customers', 'indicators'],
  permissions: supervisionPermissions,
  policies: [summaryDueDay, summaryReaders],
  jobs: [summaryDueJob],
  events: { notifications: [summarySubmittedEvent] },
  dueItemKinds: [summaryDueKind],
  todoSources: [toReviewTodo, summaryToWriteTodo, summariesToReadTodo],
  errors: supervisionErrors,
  routes: supervisionRoutes,
});
