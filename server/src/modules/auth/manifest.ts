import { defineModule } from '../../platform/modules/define-module.js';
import { authErrors } from './errors.js';
import { accountLockedEvent } from './lock-out.js';
import { authRoutes } from './routes.js';

/**
 * Sign-in, sign-out, who am I, own password and language; the lock-out notice (ORG-5).
 */
export const manifest = defineModule({
  name: 'auth',
  dependsOn: ['users'],
  events: { notifications: [accountLockedEvent] },
  errors: authErrors,
  routes: (app, opts) =>
    authRoutes(app, {
      loginRateLimitPerMinute: opts.loginRateLimitPerMinute ?? 30,
      cookieSecure: opts.cookieSecure ?? 'auto',
    }),
});
