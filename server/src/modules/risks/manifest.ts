import { defineModule } from '../../platform/modules/define-module.js';
import { risksPermissions } from './permissions.js';

/**
 * RISK-1: the risk register — market, credit, contract, collection and compliance risks scored likelihood × impact, with owners, controls and review dates; credit risks raised and closed by the system.
 */
export const manifest = defineModule({
  name: 'risks',
  dependsOn: [],
  permissions: risksPermissions,
});
