import { defineModule } from '../../platform/modules/define-module.js';
import { filingRecipients, filingsToAcknowledge } from './filings.js';
import { policyRoutes } from './routes.js';

/**
 * The policy centre: values, history, regional overrides filed with HQ sales and acknowledged by
 * the people a policy names (a 待办 source), business and system policies, rules (ORG-7).
 */
export const manifest = defineModule({
  name: 'policies',
  dependsOn: ['users'],
  policies: [filingRecipients],
  todoSources: [filingsToAcknowledge],
  routes: policyRoutes,
});
