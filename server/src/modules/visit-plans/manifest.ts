import { defineModule } from '../../platform/modules/define-module.js';
import { visitPlanPermissions } from './permissions.js';

/**
 * 拜访计划表 (VIS-1, VIS-2): each rep's monthly visit plan, submitted by the month-end deadline,
 * approved by the direct superior, amended by approved changes; approved lines become planned visits.
 */
export const manifest = defineModule({
  name: 'visit-plans',
  dependsOn: ['customers', 'visits'],
  permissions: visitPlanPermissions,
});
