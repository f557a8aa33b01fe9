import { on } from '../../platform/events/domain-events.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { instalmentsSettled } from '../receivables/index.js';
import { dunningDueItems } from './dunning-subject.js';
import { dunningToDispatch } from './dunning-todo.js';
import { collectionErrors } from './errors.js';
import { collectionNotifications } from './events.js';
import { collectionJob, collectionRunTime } from './job.js';
import { closePaidOverdueItems, overdueInstalmentKind } from './overdue-items.js';
import { collectionPermissions } from './permissions.js';
import {
  agingBuckets,
  dsoDays,
  dunningAutoDispatchDays,
  dunningDay,
  escalationDays,
  writeOffApprovers,
} from './policies.js';
import { collectionRoutes } from './routes.js';
import { dunningTodo, overdueInstalmentsTodo } from './todo-sources.js';
import { writeOffFlow } from './write-off-flow.js';

/**
 * Receivable list, aging, DSO, dunning, escalation, legal status, write-offs (AR-5, AR-6, AR-8,
 * AR-9).
 */
export const manifest = defineModule({
  name: 'collection',
  dependsOn: ['contracts', 'customers', 'receivables', 'todo'],
  permissions: collectionPermissions,
  policies: [
    writeOffApprovers,
    agingBuckets,
    dunningDay,
    dunningAutoDispatchDays,
    escalationDays,
    dsoDays,
    collectionRunTime,
  ],
  todoSources: [overdueInstalmentsTodo, dunningTodo, dunningToDispatch],
  flows: [writeOffFlow],
  jobs: [collectionJob],
  events: {
    notifications: collectionNotifications,
    handlers: [on(instalmentsSettled, closePaidOverdueItems)],
  },
  dueItemKinds: [overdueInstalmentKind],
  dueItemLinks: [dunningDueItems],
  errors: collectionErrors,
  routes: collectionRoutes,
});
