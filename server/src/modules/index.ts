import type { AppOptions } from '../http/app.js';
import type { App } from '../http/types.js';
import './permissions.js';
import '../platform/sessions/policies.js';
import { approvalRoutes } from './approvals/routes.js';
import { authRoutes } from './auth/routes.js';
import { deadlineRoutes } from './deadlines/routes.js';
import { jobRoutes } from './jobs/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { policyRoutes } from './policies/routes.js';
import { requestRoutes } from './requests/routes.js';
import { roleRoutes } from './roles/routes.js';
import { systemRoutes } from './system/routes.js';
import { taskRoutes } from './tasks/routes.js';
import { todoRoutes } from './todo/routes.js';
import { unitRoutes } from './units/routes.js';
import { userRoutes } from './users/routes.js';

/** Every module's routes. A new module adds one line here. */
export function registerModules(app: App, opts: AppOptions) {
  systemRoutes(app);
  authRoutes(app, {
    loginRateLimitPerMinute: opts.loginRateLimitPerMinute ?? 30,
    cookieSecure: opts.cookieSecure ?? 'auto',
  });
  userRoutes(app);
  unitRoutes(app);
  roleRoutes(app);
  policyRoutes(app);
  deadlineRoutes(app);
  jobRoutes(app);
  notificationRoutes(app);
  todoRoutes(app);
  taskRoutes(app);
  approvalRoutes(app);
  requestRoutes(app);
}
