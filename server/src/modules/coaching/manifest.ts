import { defineModule } from '../../platform/modules/define-module.js';
import { coachingDueKind, followUpDueKind } from './due-items.js';
import { coachingErrors } from './errors.js';
import { coachingJob } from './job.js';
import { coachingPermissions } from './permissions.js';
import { coachingDays } from './policies.js';
import { coachingRoutes } from './routes.js';
import { followUpTodo, toCoachTodo } from './todo-sources.js';

/**
 * 辅导和调整 (PLAN-6): the superior's coaching of a person behind target — findings, agreed
 * actions, a follow-up date, and an approved adjustment of their plan; the coaching to-do.
 */
export const manifest = defineModule({
  name: 'coaching',
  dependsOn: ['indicators', 'personal-plans', 'targets'],
  permissions: coachingPermissions,
  policies: [coachingDays],
  jobs: [coachingJob],
  dueItemKinds: [coachingDueKind, followUpDueKind],
  todoSources: [toCoachTodo, followUpTodo],
  errors: coachingErrors,
  routes: coachingRoutes,
});
