import { defineModule } from '../../platform/modules/define-module.js';
import { worklogsPermissions } from './permissions.js';

/**
 * OPS-1: the work log (工作日志) — one per rep per working day, prefilled from the day, due at day end or on return from a trip; the supervisor reviews it (OPS-7).
 */
export const manifest = defineModule({
  name: 'worklogs',
  dependsOn: ['visits'],
  permissions: worklogsPermissions,
});
