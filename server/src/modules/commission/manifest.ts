import { defineModule } from '../../platform/modules/define-module.js';
import { commissionPermissions } from './permissions.js';

/**
 * INC-1: commission plans (提成方案) per role and period, approved and versioned; monthly statements per rep, traceable to the payment or contract behind each line, reviewed, approved and closed; the payroll export.
 */
export const manifest = defineModule({
  name: 'commission',
  dependsOn: ['indicators', 'targets', 'receivables', 'contracts'],
  permissions: commissionPermissions,
});
