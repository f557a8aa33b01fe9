import { defineModule } from '../../platform/modules/define-module.js';
import { teamPermissions } from './permissions.js';
import { teamRoutes } from './routes.js';

/**
 * 团队: a superior's people with today's figures — customers, open opportunities, overdue
 * receivables, this month's collections (ORG-3, ORG-5); read from those modules' read models.
 */
export const manifest = defineModule({
  name: 'team',
  dependsOn: ['customers', 'opportunities', 'receivables'],
  permissions: teamPermissions,
  routes: teamRoutes,
});
