import { defineModule } from '../../platform/modules/define-module.js';
import { riskReviewKind } from './due-items.js';
import { riskErrors } from './errors.js';
import { riskAssignedEvent, riskResolvedEvent } from './events.js';
import { riskHandlers } from './handlers.js';
import { riskReconcileJob } from './job.js';
import { risksPermissions } from './permissions.js';
import {
  riskCreditOwner,
  riskLevelBands,
  riskReviewDays,
  riskSignalScores,
  riskWriteOffWatchDays,
} from './policies.js';
import { riskRoutes } from './routes.js';

/**
 * RISK-1: the risk register — market, credit, contract, collection and compliance risks scored likelihood × impact, with owners, controls and review dates; credit risks raised and closed by the system.
 */
export const manifest = defineModule({
  name: 'risks',
  dependsOn: ['customers', 'contracts', 'receivables', 'collection'],
  permissions: risksPermissions,
  policies: [riskLevelBands, riskReviewDays, riskWriteOffWatchDays, riskSignalScores, riskCreditOwner],
  jobs: [riskReconcileJob],
  events: { notifications: [riskAssignedEvent, riskResolvedEvent], handlers: riskHandlers },
  dueItemKinds: [riskReviewKind],
  errors: riskErrors,
  routes: riskRoutes,
});
