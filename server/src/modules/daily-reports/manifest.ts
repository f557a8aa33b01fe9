import { defineModule } from '../../platform/modules/define-module.js';
import { dailyReportErrors } from './errors.js';
import { reportReturnedEvent } from './events.js';
import { dailyReportJob } from './job.js';
import { dailyReportsPermissions } from './permissions.js';
import { generateTime } from './policies.js';
import { dailyReportRoutes } from './routes.js';
import { returnedReportsTodo } from './todo-sources.js';

/**
 * OPS-2: the daily sales report (销售日报表) per rep and unit, generated from the day's records with the rep's notes, printable, archived per day.
 */
export const manifest = defineModule({
  name: 'daily-reports',
  dependsOn: ['visits', 'customers', 'inquiries', 'quotes', 'contracts', 'orders', 'receivables'],
  permissions: dailyReportsPermissions,
  policies: [generateTime],
  jobs: [dailyReportJob],
  events: { notifications: [reportReturnedEvent] },
  todoSources: [returnedReportsTodo],
  errors: dailyReportErrors,
  routes: dailyReportRoutes,
});
