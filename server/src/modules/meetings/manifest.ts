import { defineModule } from '../../platform/modules/define-module.js';
import { meetingsPermissions } from './permissions.js';

/**
 * OPS-6: the morning meeting (早会) per unit each working day — yesterday's figures, problems, views, today's assignments, attendance; a late arrival is a lateness violation.
 */
export const manifest = defineModule({
  name: 'meetings',
  dependsOn: ['daily-reports', 'visits', 'tasks'],
  permissions: meetingsPermissions,
});
