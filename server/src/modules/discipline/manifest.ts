import { on } from '../../platform/events/domain-events.js';
import { defineModule } from '../../platform/modules/define-module.js';
import { meetingArrivedLate } from '../meetings/index.js';
import { sealHarmRecorded, sealTakenWithoutConsent } from '../seals/index.js';
import { disciplineErrors } from './errors.js';
import {
  dismissalFlaggedEvent,
  sanctionApprovedEvent,
  violationAppealedEvent,
  violationDecidedEvent,
  violationRecordedEvent,
} from './events.js';
import { sanctionFlows } from './flow.js';
import { onLateArrival } from './on-late-arrival.js';
import { onSealHarm, onSealTaken } from './on-seal.js';
import { disciplinePermissions } from './permissions.js';
import { disciplinePolicies } from './policies.js';
import { disciplineRoutes } from './routes.js';
import { appealsTodo, dismissalTodo } from './todo-sources.js';

/**
 * PEN-1/PEN-2/PEN-4, CUS-5, Q2C-9: the violations register with the fine table, fines on the ledger, appeals, and sanctions approved up the chain.
 */
export const manifest = defineModule({
  name: 'discipline',
  dependsOn: ['meetings', 'seals'],
  permissions: disciplinePermissions,
  policies: disciplinePolicies,
  flows: sanctionFlows,
  events: {
    notifications: [
      violationRecordedEvent,
      violationAppealedEvent,
      violationDecidedEvent,
      dismissalFlaggedEvent,
      sanctionApprovedEvent,
    ],
    handlers: [
      on(meetingArrivedLate, onLateArrival),
      on(sealTakenWithoutConsent, onSealTaken),
      on(sealHarmRecorded, onSealHarm),
    ],
  },
  todoSources: [appealsTodo, dismissalTodo],
  errors: disciplineErrors,
  routes: disciplineRoutes,
});
