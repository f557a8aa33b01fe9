import { defineModule } from '../../platform/modules/define-module.js';
import { inquiryErrors } from './errors.js';
import { inquiryRoutes } from './routes.js';

/**
 * 客户记录表, the first-contact register (CUS-2).
 */
export const manifest = defineModule({
  name: 'inquiries',
  dependsOn: ['customers'],
  errors: inquiryErrors,
  routes: inquiryRoutes,
});
