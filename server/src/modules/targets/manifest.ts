import { defineModule } from '../../platform/modules/define-module.js';
import { targetErrors } from './errors.js';
import { targetPermissions } from './permissions.js';
import { planGapRule, planMetrics, salesPlanApprovers, targetApprovers } from './policies.js';
import { targetRoutes } from './routes.js';
import { salesPlanFlow } from './sales-plan/flow.js';
import { targetSetFlow } from './sets/flow.js';
import { lastYearActualsPort } from './sets/last-year-port.js';
import { targetSetsToSubmitTodo } from './sets/todo-sources.js';

/**
 * 销售目标与计划 (PLAN-1 … PLAN-3): the company's annual sales plan approved by the GM, and the
 * target tree — each unit's target split among its child units and people, by year and month,
 * approved before it is in force; market sizes per region and year.
 */
export const manifest = defineModule({
  name: 'targets',
  dependsOn: [],
  permissions: targetPermissions,
  policies: [planMetrics, planGapRule, salesPlanApprovers, targetApprovers],
  flows: [targetSetFlow, salesPlanFlow],
  needs: [lastYearActualsPort],
  todoSources: [targetSetsToSubmitTodo],
  errors: targetErrors,
  routes: targetRoutes,
});
