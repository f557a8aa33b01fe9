import { defineModule } from '../../platform/modules/define-module.js';
import { interviewDueKind, planDueKind } from './due-items.js';
import { performanceCaseErrors } from './errors.js';
import { caseOpenedEvent, decisionApprovedEvent } from './events.js';
import { performanceCaseFlow } from './flow.js';
import { monthCloseJob } from './job.js';
import { performanceCasesPermissions } from './permissions.js';
import {
  belowPct,
  decisionRecipients,
  escalateMonths,
  interviewDays,
  planDays,
  reviewApprovers,
} from './policies.js';
import { performanceCaseRoutes } from './routes.js';
import { casesToWorkTodo } from './todo-sources.js';

/**
 * INC-8: below target at a month close — an interview (约谈), an improvement plan, an outcome; two consecutive months below escalate to a performance review with an approved decision.
 */
export const manifest = defineModule({
  name: 'performance-cases',
  dependsOn: ['indicators', 'targets', 'coaching'],
  permissions: performanceCasesPermissions,
  policies: [belowPct, escalateMonths, interviewDays, planDays, reviewApprovers, decisionRecipients],
  flows: [performanceCaseFlow],
  jobs: [monthCloseJob],
  events: { notifications: [caseOpenedEvent, decisionApprovedEvent] },
  dueItemKinds: [interviewDueKind, planDueKind],
  todoSources: [casesToWorkTodo],
  errors: performanceCaseErrors,
  routes: performanceCaseRoutes,
});
