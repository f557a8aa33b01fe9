import { defineModule } from '../../platform/modules/define-module.js';
import { statReportErrors } from './errors.js';
import { monthlyReportEvent } from './events.js';
import { monthlyReportJob } from './job.js';
import { statReportPermissions } from './permissions.js';
import { monthlyRecipients, monthlyRunTime } from './policies.js';
import { statReportRoutes } from './routes.js';
import { reportsToAnalyseTodo } from './todo-sources.js';

/**
 * 月度统计 (OPS-4): the monthly statistics report generated on the first working day of each
 * month for the sales manager (notice, Excel, printable page), a weekly one on request; the
 * manager's analysis written on it.
 */
export const manifest = defineModule({
  name: 'stat-reports',
  dependsOn: ['indicators', 'targets', 'visits', 'inquiries'],
  permissions: statReportPermissions,
  policies: [monthlyRecipients, monthlyRunTime],
  jobs: [monthlyReportJob],
  events: { notifications: [monthlyReportEvent] },
  todoSources: [reportsToAnalyseTodo],
  errors: statReportErrors,
  routes: statReportRoutes,
});
