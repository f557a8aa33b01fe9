import { defineModule } from '../../platform/modules/define-module.js';
import { servicePermissions } from './permissions.js';

/**
 * SVC-1/CUS-5: after-sales service tickets (服务工单) — questions, installation, repair, returns, complaints; any rep opens one for any customer; response and resolution deadlines.
 */
export const manifest = defineModule({
  name: 'service',
  dependsOn: [],
  permissions: servicePermissions,
});
