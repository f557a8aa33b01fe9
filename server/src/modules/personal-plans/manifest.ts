import { defineModule } from '../../platform/modules/define-module.js';
import { annualDueKind, monthlyDueKind } from './due-items.js';
import { personalPlanErrors } from './errors.js';
import { personalPlanFlow } from './flow.js';
import { personalPlanDueJob } from './job.js';
import { personalPlanPermissions } from './permissions.js';
import { annualPlanDue, monthlyPlanDueDay, personalPlanApprovers } from './policies.js';
import { personalPlanRoutes } from './routes.js';
import { plansToSubmitTodo } from './todo-sources.js';

/**
 * 年度/月销售计划表 (PLAN-4): each rep's personal annual and monthly plan — their targets and how
 * they will reach them (key customers, opportunities, visits planned) — approved by the direct
 * superior, due by policy dates, missing ones flagged.
 */
export const manifest = defineModule({
  name: 'personal-plans',
  dependsOn: ['targets', 'customers', 'opportunities', 'visit-plans'],
  permissions: personalPlanPermissions,
  policies: [annualPlanDue, monthlyPlanDueDay, personalPlanApprovers],
  flows: [personalPlanFlow],
  jobs: [personalPlanDueJob],
  dueItemKinds: [annualDueKind, monthlyDueKind],
  todoSources: [plansToSubmitTodo],
  errors: personalPlanErrors,
  routes: personalPlanRoutes,
});
