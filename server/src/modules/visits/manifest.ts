import { defineModule } from '../../platform/modules/define-module.js';
import { visitErrors } from './errors.js';
import { visitPermissions } from './permissions.js';
import { visitPurposes } from './policies.js';
import { visitPreApprovalFlow, visitPreApprovers } from './pre-approval-flow.js';
import { visitCoreRoutes } from './routes-visits.js';
import { visitDueItems } from './subject.js';
import { visitsToMakeTodo } from './visit-todo.js';

/**
 * 客户拜访 (VIS-3 … VIS-7): visits planned, prepared and made (check-in and check-out with the
 * phone's location, photos, people met), visit reports and their review, commitments, compliance
 * and the visit calendar.
 */
export const manifest = defineModule({
  name: 'visits',
  dependsOn: ['customers'],
  permissions: visitPermissions,
  policies: [visitPurposes, visitPreApprovers],
  flows: [visitPreApprovalFlow],
  dueItemLinks: [visitDueItems],
  todoSources: [visitsToMakeTodo],
  errors: visitErrors,
  routes: (app) => {
    visitCoreRoutes(app);
  },
});
