import { defineModule } from '../../platform/modules/define-module.js';
import { performanceCasesPermissions } from './permissions.js';

/**
 * INC-8: below target at a month close — an interview (约谈), an improvement plan, an outcome; two consecutive months below escalate to a performance review with an approved decision.
 */
export const manifest = defineModule({
  name: 'performance-cases',
  dependsOn: ['indicators', 'targets'],
  permissions: performanceCasesPermissions,
});
