import { defineModule } from '../../platform/modules/define-module.js';
import { contractErrors } from './errors.js';
import { customerDebtPort, signingPlanReviewPort } from './events.js';
import { contractFlow } from './flow.js';
import { entryReturnedEvent, signedCopyEvent } from './notices.js';
import { contractPermissions } from './permissions.js';
import { contractApprovers, contractDirectorThresholdFen, contractGmThresholdFen } from './policies.js';
import { contractRoutes } from './routes.js';

/**
 * 意向书 / 主合同 / 补充协议: review chain, signing, verification (Q2C-5 … Q2C-8). Signing emits
 * `contract.signed`; the credit check asks the `contracts.customerDebt` port.
 */
export const manifest = defineModule({
  name: 'contracts',
  dependsOn: ['customers', 'quotes'],
  permissions: contractPermissions,
  policies: [contractApprovers, contractDirectorThresholdFen, contractGmThresholdFen],
  flows: [contractFlow],
  events: { notifications: [signedCopyEvent, entryReturnedEvent] },
  needs: [customerDebtPort, signingPlanReviewPort],
  errors: contractErrors,
  routes: contractRoutes,
});
