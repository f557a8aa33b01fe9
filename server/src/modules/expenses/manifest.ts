import { provide } from '../../platform/events/ports.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { expensePort } from '../indicators/index.js';
import { claimFlow } from './claim-flow.js';
import { expenseErrors } from './errors.js';
import { expenseNotifications } from './events.js';
import { expensesPermissions } from './permissions.js';
import { expensePolicies } from './policies.js';
import { preApprovalFlow } from './pre-approvals.js';
import { expenseRead } from './ratio.js';
import { expenseRatioJob } from './ratio-job.js';
import { expenseRoutes } from './routes.js';
import { claimsToPayTodo } from './todo.js';

/**
 * EXP-1 … EXP-3, VIS-4: expense pre-approval, claims with receipts (department review → finance → paid), duplicate detection, and the expense-to-sales ratio.
 */
export const manifest = defineModule({
  name: 'expenses',
  dependsOn: ['customers', 'visits', 'indicators'],
  permissions: expensesPermissions,
  policies: expensePolicies,
  flows: [preApprovalFlow, claimFlow],
  errors: expenseErrors,
  routes: expenseRoutes,
  jobs: [expenseRatioJob],
  todoSources: [claimsToPayTodo],
  events: { notifications: expenseNotifications },
  // EXP-1: the expense and its ratio in the indicators read model (PLAN-5).
  provides: [provide(expensePort, expenseRead)],
});
