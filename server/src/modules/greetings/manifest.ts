import { defineModule } from '../../platform/modules/define-module.js';
import { greetingJob } from './job.js';
import { greetingDueItems } from './open-greetings.js';

/**
 * Birthday and festival greeting to-dos for owners (CUS-7); no routes of its own.
 */
export const manifest = defineModule({
  name: 'greetings',
  dependsOn: ['customers'],
  jobs: [greetingJob],
  dueItemLinks: [greetingDueItems],
});
