import { defineModule } from '../../platform/modules/define-module.js';
import { sealErrors } from './errors.js';
import { sealRequestFlow } from './flow.js';
import { sealPermissions } from './permissions.js';
import { sealUseApprovers } from './policies.js';
import { sealViolationEvent } from './record-seal-violation.js';
import { sealRoutes } from './routes.js';

/**
 * 印章 register, use requests, custody log, violations (Q2C-9).
 */
export const manifest = defineModule({
  name: 'seals',
  dependsOn: ['contracts'],
  permissions: sealPermissions,
  policies: [sealUseApprovers],
  flows: [sealRequestFlow],
  events: { notifications: [sealViolationEvent] },
  errors: sealErrors,
  routes: sealRoutes,
});
