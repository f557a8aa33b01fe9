import { defineModule } from '../../platform/modules/define-module.js';
import { satisfactionPermissions } from './permissions.js';

/**
 * SVC-2/SVC-3: customer satisfaction surveys (answered through a link without an account) and customer praise; scores feed the satisfaction indicator, praise earns extra points.
 */
export const manifest = defineModule({
  name: 'satisfaction',
  dependsOn: [],
  permissions: satisfactionPermissions,
});
