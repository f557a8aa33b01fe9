import { defineModule } from '../../platform/modules/define-module.js';
import { basicOnContractSigned, basicOnPaymentConfirmed, basicOnPaymentReversed } from './basic.js';
import { pointsErrors } from './errors.js';
import { extraOnPraiseRecorded, extraOnSuggestionAdopted, extraOnTrainingExcelled } from './extra-events.js';
import { pointAwardFlow } from './flow.js';
import { monthCloseJob } from './job.js';
import { pointsPermissions } from './permissions.js';
import { pointsPolicies } from './policies.js';
import { pointsRoutes } from './routes.js';

/**
 * INC-2 … INC-5: the points ledger — basic points from confirmed sales × the basic ratio, extra points per rule and event, each lot expiring on its own date; manual awards with a reason and an approver; a rep’s lots and history; the points board.
 */
export const manifest = defineModule({
  name: 'points',
  dependsOn: ['indicators', 'targets', 'contracts', 'receivables', 'training', 'suggestions', 'satisfaction'],
  permissions: pointsPermissions,
  policies: pointsPolicies,
  flows: [pointAwardFlow],
  jobs: [monthCloseJob],
  events: {
    handlers: [
      basicOnPaymentConfirmed,
      basicOnContractSigned,
      basicOnPaymentReversed,
      extraOnTrainingExcelled,
      extraOnSuggestionAdopted,
      extraOnPraiseRecorded,
    ],
  },
  errors: pointsErrors,
  routes: pointsRoutes,
});
