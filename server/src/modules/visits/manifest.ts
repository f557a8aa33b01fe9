import { defineModule } from '../../platform/modules/define-module.js';
import { visitCalendarRoutes } from './calendar/routes.js';
import { visitComplianceRoutes } from './compliance/routes.js';
import { visitErrors } from './errors.js';
import { visitExportRoutes } from './export/routes.js';
import { visitPermissions } from './permissions.js';
import { visitPurposes } from './policies.js';
import { visitDueItems } from './subject.js';

/**
 * 客户拜访 (VIS-3 … VIS-7): visits planned, prepared and made (check-in and check-out with the
 * phone's location, photos, people met), visit reports and their review, commitments, compliance
 * and the visit calendar.
 */
export const manifest = defineModule({
  name: 'visits',
  dependsOn: ['customers'],
  permissions: visitPermissions,
  policies: [visitPurposes],
  dueItemLinks: [visitDueItems],
  errors: visitErrors,
  routes: (app) => {
    // Fixed paths (/api/visits/export) before /api/visits/:id.
    visitExportRoutes(app);
    visitComplianceRoutes(app);
    visitCalendarRoutes(app);
  },
});
