import { defineModule } from '../../platform/modules/define-module.js';
import { customerPaymentFilePort, purchasedCategoriesPort } from './customer-file-ports.js';
import { duplicateRequestFlow } from './duplicate-request-flow.js';
import { customerErrors } from './errors.js';
import { customerImportKind } from './import/customer-import.js';
import { customerImportRoutes } from './import-routes.js';
import { followUpDueItems } from './log-follow-up.js';
import { customerNotifications } from './notification-events.js';
import { customerPermissions } from './permissions.js';
import {
  customerLevels,
  duplicateRequestApprovers,
  duplicatesAllowedTypes,
  greetingDaysBefore,
  greetingFestivals,
  ownedCustomerCap,
  poolDailyClaimCap,
  poolDaysByLevel,
  poolWarningDays,
  qualificationCriteria,
  qualifiedScore,
  reclaimWaitDays,
  repsMayExport,
} from './policies.js';
import { poolSweepJob } from './pool/pool-sweep-job.js';
import { customerPoolRoutes } from './pool-routes.js';
import { customerRoutes } from './routes.js';
import { poolWarningsTodo } from './todo-sources.js';

/**
 * 客户档案, the pool (公海) and the customer import (CUS-1, CUS-3, CUS-5, CUS-8, CUS-9).
 */
export const manifest = defineModule({
  name: 'customers',
  dependsOn: [],
  permissions: customerPermissions,
  policies: [
    customerLevels,
    poolDaysByLevel,
    poolWarningDays,
    poolDailyClaimCap,
    reclaimWaitDays,
    ownedCustomerCap,
    qualificationCriteria,
    qualifiedScore,
    greetingDaysBefore,
    greetingFestivals,
    duplicatesAllowedTypes,
    duplicateRequestApprovers,
    repsMayExport,
  ],
  flows: [duplicateRequestFlow],
  jobs: [poolSweepJob],
  needs: [customerPaymentFilePort, purchasedCategoriesPort],
  events: { notifications: customerNotifications },
  dueItemLinks: [followUpDueItems],
  todoSources: [poolWarningsTodo],
  importKinds: [customerImportKind],
  errors: customerErrors,
  routes: (app, opts) => {
    // Pool and import routes come before /api/customers/:id so their fixed paths are not read as ids.
    customerPoolRoutes(app);
    customerImportRoutes(app, opts);
    customerRoutes(app);
  },
});
