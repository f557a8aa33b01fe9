import { defineModule } from '../../platform/modules/define-module.js';
import { supervisionPermissions } from './permissions.js';

/**
 * OPS-7: the supervisor's daily review queue (work logs, daily reports, visit reports) and the monthly summary (月度总结) read by the manager.
 */
export const manifest = defineModule({
  name: 'supervision',
  dependsOn: ['worklogs', 'daily-reports', 'visits'],
  permissions: supervisionPermissions,
});
