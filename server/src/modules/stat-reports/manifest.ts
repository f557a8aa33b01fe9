import { defineModule } from '../../platform/modules/define-module.js';
import { statReportPermissions } from './permissions.js';
import { statReportRoutes } from './routes.js';

/**
 * 月度统计 (OPS-4): the monthly statistics report generated on the first working day of each
 * month for the sales manager (notice, Excel, printable page), a weekly one on request.
 */
export const manifest = defineModule({
  name: 'stat-reports',
  dependsOn: ['indicators', 'visits', 'inquiries'],
  permissions: statReportPermissions,
  routes: statReportRoutes,
});
