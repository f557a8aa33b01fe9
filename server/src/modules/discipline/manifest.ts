import { defineModule } from '../../platform/modules/define-module.js';
import { disciplinePermissions } from './permissions.js';

/**
 * PEN-1/PEN-2/PEN-4, CUS-5, Q2C-9: the violations register with the fine table, fines on the ledger, appeals, and sanctions approved up the chain.
 */
export const manifest = defineModule({
  name: 'discipline',
  dependsOn: ['meetings', 'seals'],
  permissions: disciplinePermissions,
});
