import { foundationPermissions } from './access/foundation-permissions.js';
import { backupJob } from './backup/job.js';
import { deadlineJob } from './deadlines/job.js';
import {
  companyTimeZone,
  dueSoonHours,
  escalateDaysAfter,
  reminderHoursBefore,
} from './deadlines/policies.js';
import { importJob } from './imports/job.js';
import { ledgerExpiryJob } from './ledger/job.js';
import { mailJob } from './mail/job.js';
import { defineModule } from './modules/define-module.js';
import { platformNotificationEvents } from './notifications/events.js';
import {
  lockMinutes,
  maxFailedLogins,
  sessionAbsoluteHours,
  sessionIdleMinutes,
} from './sessions/policies.js';

/**
 * What the platform's engines register themselves: the foundation's permissions (ORG-5,
 * ORG-6), the deadline engine's policies and escalation job (ORG-4), sign-in policies, the
 * mail, import, ledger-expiry (ADR 15) and backup jobs, and the approval and deadline
 * notification events. It heads the module list; no module needs to name it in `dependsOn`.
 * The platform's error codes are in errors.ts and known without registration.
 */
export const manifest = defineModule({
  name: 'platform',
  permissions: foundationPermissions,
  policies: [
    companyTimeZone,
    dueSoonHours,
    reminderHoursBefore,
    escalateDaysAfter,
    maxFailedLogins,
    lockMinutes,
    sessionIdleMinutes,
    sessionAbsoluteHours,
  ],
  jobs: [deadlineJob, mailJob, importJob, ledgerExpiryJob, backupJob],
  events: { notifications: platformNotificationEvents },
});
