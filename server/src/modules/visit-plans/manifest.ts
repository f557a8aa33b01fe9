import { defineModule } from '../../platform/modules/define-module.js';
import { visitPlanChangeFlow } from './change-flow.js';
import { planDueKind } from './due-items.js';
import { visitPlanErrors } from './errors.js';
import { planDueJob } from './job.js';
import { visitPlanPermissions } from './permissions.js';
import { visitPlanFlow } from './plan-flow.js';
import { visitPlanApprovers, visitPlanDueDay } from './policies.js';
import { visitPlanRoutes } from './routes.js';
import { planToSubmitTodo } from './todo-sources.js';

/**
 * 拜访计划表 (VIS-1, VIS-2): each rep's monthly visit plan, submitted by the month-end deadline,
 * approved by the direct superior, amended by approved changes; approved lines become planned visits.
 */
export const manifest = defineModule({
  name: 'visit-plans',
  dependsOn: ['customers', 'visits'],
  permissions: visitPlanPermissions,
  policies: [visitPlanDueDay, visitPlanApprovers],
  flows: [visitPlanFlow, visitPlanChangeFlow],
  jobs: [planDueJob],
  dueItemKinds: [planDueKind],
  todoSources: [planToSubmitTodo],
  errors: visitPlanErrors,
  routes: visitPlanRoutes,
});
