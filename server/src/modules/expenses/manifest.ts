import { defineModule } from '../../platform/modules/define-module.js';
import { expensesPermissions } from './permissions.js';

/**
 * EXP-1 … EXP-3, VIS-4: expense pre-approval, claims with receipts (department review → finance → paid), duplicate detection, and the expense-to-sales ratio.
 */
export const manifest = defineModule({
  name: 'expenses',
  dependsOn: [],
  permissions: expensesPermissions,
});
