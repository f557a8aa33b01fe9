import type { AppOptions } from '../http/app.js';
import type { App } from '../http/types.js';
import './permissions.js';
import './customers/permissions.js';
import './customers/policies.js';
import './opportunities/policies.js';
import './products/permissions.js';
import './quotes/permissions.js';
import './contracts/permissions.js';
import './seals/permissions.js';
import './orders/permissions.js';
import './receivables/permissions.js';
import './collection/permissions.js';
import './quotes/policies.js';
import './contracts/policies.js';
import './seals/policies.js';
import './receivables/policies.js';
import './collection/policies.js';
// CUS-7: the daily greetings job (no routes of its own).
import './greetings/job.js';
// The embedded database's daily snapshot (turned on by main.ts; shown on the jobs page).
import '../platform/backup/job.js';
// ADR 15: expired ledger lots (points …) are written off by a job (no routes of its own).
import '../platform/ledger/job.js';
import '../platform/sessions/policies.js';
import { approvalRoutes } from './approvals/routes.js';
import { authRoutes } from './auth/routes.js';
import { collectionRoutes } from './collection/routes.js';
import { contractRoutes } from './contracts/routes.js';
import { customerImportRoutes } from './customers/import-routes.js';
import { customerPoolRoutes } from './customers/pool-routes.js';
import { customerRoutes } from './customers/routes.js';
import { deadlineRoutes } from './deadlines/routes.js';
import { inquiryRoutes } from './inquiries/routes.js';
import { jobRoutes } from './jobs/routes.js';
import { leadRoutes } from './leads/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { opportunityRoutes } from './opportunities/routes.js';
import { orderRoutes } from './orders/routes.js';
import { policyRoutes } from './policies/routes.js';
import { productRoutes } from './products/routes.js';
import { quoteRoutes } from './quotes/routes.js';
import { receivableRoutes } from './receivables/routes.js';
import { requestRoutes } from './requests/routes.js';
import { roleRoutes } from './roles/routes.js';
import { sealRoutes } from './seals/routes.js';
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
  // Customers and opportunities (CUS-1 … CUS-9). Pool and import routes come before
  // /api/customers/:id so their fixed paths are not read as ids.
  customerPoolRoutes(app);
  customerImportRoutes(app, opts);
  leadRoutes(app);
  customerRoutes(app);
  inquiryRoutes(app);
  opportunityRoutes(app);
  // The money loop (Q2C-1 … Q2C-11, AR-1 … AR-9).
  productRoutes(app);
  quoteRoutes(app);
  contractRoutes(app);
  sealRoutes(app);
  orderRoutes(app);
  receivableRoutes(app);
  collectionRoutes(app);
}
