import { defineModule } from '../../platform/modules/define-module.js';
import { daySummariesPermissions } from './permissions.js';

/**
 * OPS-3: the assistant's end-of-day summary (orders, opinions, work logs) assembled at the policy time, reviewed and mailed to the GM and the sales manager.
 */
export const manifest = defineModule({
  name: 'day-summaries',
  dependsOn: ['worklogs', 'orders'],
  permissions: daySummariesPermissions,
});
