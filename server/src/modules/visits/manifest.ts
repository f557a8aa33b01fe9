import { defineModule } from '../../platform/modules/define-module.js';
import { visitCalendarRoutes } from './calendar/routes.js';
import { visitCommitmentDueKind } from './commitments/due.js';
import { commitmentTaskHandlers } from './commitments/follow-task.js';
import { visitCommitmentRoutes } from './commitments/routes.js';
import { commitmentsToConfirmTodo, commitmentsToDoTodo } from './commitments/todo-sources.js';
import { visitComplianceRoutes } from './compliance/routes.js';
import { visitErrors } from './errors.js';
import { visitPermissions } from './permissions.js';
import { visitPurposes } from './policies.js';
import { visitPreApprovalFlow, visitPreApprovers } from './pre-approval-flow.js';
import { visitReportDueKind } from './reports/due.js';
import { visitReportFlow } from './reports/flow.js';
import { openReportOnVisitDone } from './reports/open-report.js';
import {
  visitReportDayKind,
  visitReportDays,
  visitReportEscalateDays,
  visitReportReviewers,
  visitReportReviseDays,
} from './reports/policies.js';
import { visitReportRoutes } from './reports/routes.js';
import { reportsToWriteTodo } from './reports/todo-sources.js';
import { visitCoreRoutes } from './routes-visits.js';
import { visitDueItems } from './subject.js';
import { tripErrors } from './trips/errors.js';
import { tripRoutes } from './trips/routes.js';
import { visitsToMakeTodo } from './visit-todo.js';

/**
 * 客户拜访 (VIS-3 … VIS-7): visits planned, prepared and made (check-in and check-out with the
 * phone's location, photos, people met), visit reports and their review, commitments, compliance
 * and the visit calendar.
 */
export const manifest = defineModule({
  name: 'visits',
  dependsOn: ['customers', 'tasks'],
  permissions: visitPermissions,
  policies: [
    visitPurposes,
    visitPreApprovers,
    visitReportDays,
    visitReportDayKind,
    visitReportEscalateDays,
    visitReportReviseDays,
    visitReportReviewers,
  ],
  flows: [visitPreApprovalFlow, visitReportFlow],
  events: {
    handlers: [openReportOnVisitDone, ...commitmentTaskHandlers],
  },
  dueItemKinds: [visitReportDueKind, visitCommitmentDueKind],
  dueItemLinks: [visitDueItems],
  todoSources: [visitsToMakeTodo, reportsToWriteTodo, commitmentsToDoTodo, commitmentsToConfirmTodo],
  errors: { ...visitErrors, ...tripErrors },
  routes: (app) => {
    // Fixed paths (/api/visits/export, /api/visits/purposes …) before /api/visits/:id.
    visitComplianceRoutes(app);
    visitCalendarRoutes(app);
    visitCoreRoutes(app);
    visitReportRoutes(app);
    visitCommitmentRoutes(app);
    tripRoutes(app);
  },
});
