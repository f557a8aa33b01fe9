import { defineModule } from '../../platform/modules/define-module.js';
import { commissionErrors } from './errors.js';
import { statementJob } from './job.js';
import { commissionPermissions } from './permissions.js';
import { commissionPlanFlow } from './plan-flow.js';
import { commissionBasis, planApprovers, statementApprovers, statementRunTime } from './policies.js';
import { commissionRoutes } from './routes.js';
import { commissionStatementFlow } from './statement-flow.js';
import { statementsToSubmitTodo } from './todo-sources.js';

/**
 * INC-1: commission plans (提成方案) per role and period, approved and versioned; monthly statements per rep, traceable to the payment or contract behind each line, reviewed, approved and closed; the payroll export.
 */
export const manifest = defineModule({
  name: 'commission',
  dependsOn: ['indicators', 'targets', 'receivables', 'contracts'],
  permissions: commissionPermissions,
  policies: [commissionBasis, planApprovers, statementApprovers, statementRunTime],
  flows: [commissionPlanFlow, commissionStatementFlow],
  jobs: [statementJob],
  todoSources: [statementsToSubmitTodo],
  errors: commissionErrors,
  routes: commissionRoutes,
});
