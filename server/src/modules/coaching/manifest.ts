import { defineModule } from '../../platform/modules/define-module.js';
import { coachingPermissions } from './permissions.js';
import { coachingRoutes } from './routes.js';

/**
 * 辅导和调整 (PLAN-6): the superior's coaching of a person behind target — findings, agreed
 * actions, a follow-up date, and an approved adjustment of their plan; the coaching to-do.
 */
export const manifest = defineModule({
  name: 'coaching',
  dependsOn: ['indicators', 'personal-plans'],
  permissions: coachingPermissions,
  routes: coachingRoutes,
});
