import { defineModule } from '../../platform/modules/define-module.js';
import { dailyReportsPermissions } from './permissions.js';

/**
 * OPS-2: the daily sales report (销售日报表) per rep and unit, generated from the day's records with the rep's notes, printable, archived per day.
 */
export const manifest = defineModule({
  name: 'daily-reports',
  dependsOn: ['visits'],
  permissions: dailyReportsPermissions,
});
