import { defineModule } from '../../platform/modules/define-module.js';
import { personalPlanPermissions } from './permissions.js';
import { personalPlanRoutes } from './routes.js';

/**
 * 年度/月销售计划表 (PLAN-4): each rep's personal annual and monthly plan — their targets and how
 * they will reach them (key customers, opportunities, visits planned) — approved by the direct
 * superior, due by policy dates, missing ones flagged.
 */
export const manifest = defineModule({
  name: 'personal-plans',
  dependsOn: ['targets', 'customers', 'opportunities', 'visit-plans'],
  permissions: personalPlanPermissions,
  routes: personalPlanRoutes,
});
