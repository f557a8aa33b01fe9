import { describe, expect, it } from 'vitest';
import { championsMatrix } from './matrix/champions.js';
import { collectionMatrix } from './matrix/collection.js';
import { commissionMatrix } from './matrix/commission.js';
import { contestsMatrix } from './matrix/contests.js';
import { contractsMatrix } from './matrix/contracts.js';
import { customerMatrix } from './matrix/customers.js';
import { dailyReportsMatrix } from './matrix/daily-reports.js';
import { daySummariesMatrix } from './matrix/day-summaries.js';
import { disciplineMatrix } from './matrix/discipline.js';
import { documentsMatrix } from './matrix/documents.js';
import { expensesMatrix } from './matrix/expenses.js';
import { importMatrix } from './matrix/imports.js';
import { indicatorsMatrix } from './matrix/indicators.js';
import { inquiryMatrix } from './matrix/inquiries.js';
import { marketIntelMatrix } from './matrix/market-intel.js';
import { meetingsMatrix } from './matrix/meetings.js';
import { opportunityMatrix } from './matrix/opportunities.js';
import { ordersMatrix } from './matrix/orders.js';
import { performanceCasesMatrix } from './matrix/performance-cases.js';
import { personalPlansMatrix } from './matrix/personal-plans.js';
import { pointsMatrix } from './matrix/points.js';
import { poolMatrix } from './matrix/pool.js';
import { productsMatrix } from './matrix/products.js';
import { quotesMatrix } from './matrix/quotes.js';
import { receivablesMatrix } from './matrix/receivables.js';
import { rewardsMatrix } from './matrix/rewards.js';
import { risksMatrix } from './matrix/risks.js';
import {
  everyone,
  type MatrixRows,
  policyReaders,
  probeStatus,
  type Role,
  roles,
  taskAssigners,
} from './matrix/roles.js';
import { salesPlansMatrix } from './matrix/sales-plans.js';
import { satisfactionMatrix } from './matrix/satisfaction.js';
import { sealsMatrix } from './matrix/seals.js';
import { serviceMatrix } from './matrix/service.js';
import { statReportsMatrix } from './matrix/stat-reports.js';
import { suggestionsMatrix } from './matrix/suggestions.js';
import { supervisionMatrix } from './matrix/supervision.js';
import { targetSetsMatrix } from './matrix/target-sets.js';
import { teamMatrix } from './matrix/team.js';
import { trainingMatrix } from './matrix/training.js';
import { visitComplianceMatrix } from './matrix/visit-compliance.js';
import { visitPlansMatrix } from './matrix/visit-plans.js';
import { visitReportsMatrix } from './matrix/visit-reports.js';
import { visitTripsMatrix } from './matrix/visit-trips.js';
import { visitsMatrix } from './matrix/visits.js';
import { workbenchMatrix } from './matrix/workbench.js';
import { worklogsMatrix } from './matrix/worklogs.js';
import { createTestApp } from './test-app.js';

/**
 * ORG-3/ORG-5/ORG-6: every registered route × every role → expected answer.
 * A route missing from this matrix, or declared with another permission, fails the test.
 * `allow` lists the roles that pass the permission check and get the probe's status (`status`,
 * or probeStatus()); everyone else gets 403, and a caller without a session 401 (unless the
 * route is public, when it gets the probe's status too).
 */
const foundation: MatrixRows = {
  'GET /api/health': { permission: 'public', allow: 'all' },
  'POST /api/auth/login': { permission: 'public', allow: 'all' },
  // Ends the caller's session: probed last.
  'POST /api/auth/logout': { permission: 'authenticated', allow: 'all', status: 200 },
  'GET /api/me': { permission: 'authenticated', allow: 'all' },
  'PUT /api/me/password': { permission: 'authenticated', allow: 'all' },
  'PUT /api/me/preferences': { permission: 'authenticated', allow: 'all' },
  'GET /api/users': { permission: 'user:read', allow: 'all' },
  'GET /api/users/export': { permission: 'user:export', allow: ['hr', 'admin'] },
  'GET /api/login-log/export': { permission: 'loginlog:export', allow: ['admin'] },
  'GET /api/audit/export': { permission: 'audit:export', allow: ['admin'] },
  'GET /api/users/:id': { permission: 'user:read', allow: 'all' },
  'GET /api/users/:id/placements': { permission: 'user:read', allow: 'all' },
  'POST /api/users': { permission: 'user:manage', allow: ['hr', 'admin'] },
  'PATCH /api/users/:id': { permission: 'user:manage', allow: ['hr', 'admin'] },
  'POST /api/users/:id/move': { permission: 'user:manage', allow: ['hr', 'admin'] },
  'POST /api/users/:id/disable': { permission: 'user:manage', allow: ['hr', 'admin'] },
  'POST /api/users/:id/enable': { permission: 'user:manage', allow: ['hr', 'admin'] },
  'POST /api/users/:id/reset-password': { permission: 'user:manage', allow: ['hr', 'admin'] },
  'GET /api/units': { permission: 'unit:read', allow: 'all' },
  'POST /api/units': { permission: 'unit:manage', allow: ['admin'] },
  'PATCH /api/units/:id': { permission: 'unit:manage', allow: ['admin'] },
  'GET /api/roles': { permission: 'role:read', allow: ['gm', 'hr', 'admin'] },
  'GET /api/permissions': { permission: 'role:read', allow: ['gm', 'hr', 'admin'] },
  'POST /api/roles': { permission: 'role:manage', allow: ['admin'] },
  'PATCH /api/roles/:id': { permission: 'role:manage', allow: ['admin'] },
  'GET /api/login-log': { permission: 'loginlog:read', allow: ['gm', 'hr', 'admin'] },
  'GET /api/audit': { permission: 'audit:read', allow: ['gm', 'admin'] },
  'POST /api/audit/verify': { permission: 'audit:read', allow: ['gm', 'admin'], status: 200 },
  'GET /api/policies': { permission: 'policy:read', allow: policyReaders },
  // ORG-7: the director sets business policies; system-only ones also need policy:system (admin).
  'PUT /api/policies/:id': { permission: 'policy:manage', allow: ['director', 'admin'] },
  'PUT /api/policies/:id/overrides/:unitId': { permission: 'policy:override', allow: ['regional', 'admin'] },
  'GET /api/policy-overrides': { permission: 'policy:read', allow: policyReaders },
  // ORG-7: whoever policy.filingRecipients names (the director by default), checked in the use case.
  'POST /api/policy-overrides/:id/acknowledge': { permission: 'policy:read', allow: policyReaders },
  'GET /api/rules': { permission: 'policy:read', allow: policyReaders },
  'GET /api/deadlines/overdue': { permission: 'deadline:read', allow: 'all' },
  'GET /api/deadlines/mine': { permission: 'authenticated', allow: 'all' },
  'GET /api/jobs': { permission: 'job:manage', allow: ['admin'] },
  'POST /api/jobs/:name/run': { permission: 'job:manage', allow: ['admin'] },
  'GET /api/jobs/:name/runs': { permission: 'job:manage', allow: ['admin'] },
  'GET /api/clock': { permission: 'clock:manage', allow: ['admin'] },
  'POST /api/clock/set': { permission: 'clock:manage', allow: ['admin'] },
  'POST /api/clock/advance': { permission: 'clock:manage', allow: ['admin'] },
  'GET /api/approvals/pending': { permission: 'authenticated', allow: 'all' },
  'GET /api/approvals/done': { permission: 'authenticated', allow: 'all' },
  'GET /api/approvals/submissions': { permission: 'authenticated', allow: 'all' },
  // The history of one document: its type and id are required.
  'GET /api/approvals/history': { permission: 'authenticated', allow: 'all', status: 400 },
  'POST /api/approvals/submit': { permission: 'authenticated', allow: 'all' },
  'POST /api/approvals/:id/approve': { permission: 'authenticated', allow: 'all' },
  'POST /api/approvals/:id/reject': { permission: 'authenticated', allow: 'all' },
  'POST /api/approvals/:id/withdraw': { permission: 'authenticated', allow: 'all' },
  'POST /api/approvals/:id/resubmit': { permission: 'authenticated', allow: 'all' },
  'GET /api/requests': { permission: 'request:read', allow: 'all' },
  'GET /api/requests/:id': { permission: 'request:read', allow: 'all' },
  'POST /api/requests': { permission: 'request:create', allow: 'all' },
  'PATCH /api/requests/:id': { permission: 'request:create', allow: 'all' },
  'GET /api/notifications': { permission: 'authenticated', allow: 'all' },
  'GET /api/notifications/unread-count': { permission: 'authenticated', allow: 'all' },
  'POST /api/notifications/:id/read': { permission: 'authenticated', allow: 'all' },
  'POST /api/notifications/read-all': { permission: 'authenticated', allow: 'all', status: 200 },
  'GET /api/me/notification-prefs': { permission: 'authenticated', allow: 'all' },
  'PUT /api/me/notification-prefs': { permission: 'authenticated', allow: 'all' },
  'GET /api/outbox': { permission: 'outbox:read', allow: ['admin'] },
  'GET /api/todo': { permission: 'authenticated', allow: 'all' },
  'GET /api/todo/count': { permission: 'authenticated', allow: 'all' },
  'GET /api/tasks': { permission: 'task:read', allow: 'all' },
  'GET /api/tasks/assignable': { permission: 'task:assign', allow: taskAssigners },
  'GET /api/tasks/:id': { permission: 'task:read', allow: 'all' },
  'POST /api/tasks': { permission: 'task:assign', allow: taskAssigners },
  'POST /api/tasks/:id/done': { permission: 'task:read', allow: 'all' },
  'POST /api/tasks/:id/evaluate': { permission: 'task:assign', allow: taskAssigners },
  'GET /api/appeals': { permission: 'authenticated', allow: 'all' },
  'GET /api/appeals/targets': { permission: 'appeal:create', allow: 'all' },
  'GET /api/appeals/:id': { permission: 'authenticated', allow: 'all' },
  'POST /api/appeals': { permission: 'appeal:create', allow: 'all' },
  'POST /api/appeals/:id/answer': { permission: 'authenticated', allow: 'all' },
  'GET /api/openapi.json': { permission: 'public', allow: 'all' },
};

/** Each area keeps its rows in test/matrix/<area>.ts; a route listed twice fails here. */
const fragments = [
  foundation,
  customerMatrix,
  poolMatrix,
  importMatrix,
  inquiryMatrix,
  opportunityMatrix,
  productsMatrix,
  quotesMatrix,
  contractsMatrix,
  sealsMatrix,
  ordersMatrix,
  receivablesMatrix,
  collectionMatrix,
  teamMatrix,
  visitComplianceMatrix,
  visitReportsMatrix,
  visitsMatrix,
  visitPlansMatrix,
  statReportsMatrix,
  targetSetsMatrix,
  salesPlansMatrix,
  personalPlansMatrix,
  rewardsMatrix,
  commissionMatrix,
  indicatorsMatrix,
  workbenchMatrix,
  performanceCasesMatrix,
  pointsMatrix,
  championsMatrix,
  contestsMatrix,
  dailyReportsMatrix,
  meetingsMatrix,
  worklogsMatrix,
  supervisionMatrix,
  visitTripsMatrix,
  risksMatrix,
  suggestionsMatrix,
  marketIntelMatrix,
  serviceMatrix,
  documentsMatrix,
  daySummariesMatrix,
  trainingMatrix,
  disciplineMatrix,
  expensesMatrix,
  satisfactionMatrix,
];
const matrix: MatrixRows = Object.assign({}, ...fragments);

describe('permission matrix', async () => {
  const t = await createTestApp();
  const apiRoutes = t.routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));

  it('every registered route declares a permission and has a row in the matrix', () => {
    expect(Object.keys(matrix).length).toBe(fragments.reduce((n, f) => n + Object.keys(f).length, 0));
    for (const route of t.routes) expect(route.permission, `${route.method} ${route.url}`).toBeDefined();
    const registered = apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(matrix).sort());
    for (const r of apiRoutes)
      expect(r.permission, `${r.method} ${r.url}`).toBe(matrix[`${r.method} ${r.url}`]?.permission);
  });

  // One session per role for the whole table, signed in on first use. The probes pass the
  // permission check and then fail validation (bad id, empty body), so nothing changes; the routes
  // that would end a session if they did not (password, disable, reset-password) come after the
  // rest, and logout, which does end it, last.
  const sessions = new Map<Role, Promise<string>>();
  const sessionOf = (role: Role) => {
    let cookie = sessions.get(role);
    if (!cookie) {
      cookie = t.login(roles[role]);
      sessions.set(role, cookie);
    }
    return cookie;
  };
  const endsSessions = (key: string) =>
    key === 'POST /api/auth/logout'
      ? 2
      : /^PUT \/api\/me\/password$|^POST \/api\/users\/:id\/(disable|reset-password)$/.test(key)
        ? 1
        : 0;
  const sorted = Object.entries(matrix).sort(([a], [b]) => endsSessions(a) - endsSessions(b));
  for (const [key, row] of sorted) {
    const [method, url] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string];
    const status = row.status ?? probeStatus(method, url);
    const passing = row.allow === 'all' ? 'all roles' : row.allow.join(', ');
    it(`${key}: ${passing} get ${status}; others 403; no session ${row.permission === 'public' ? status : 401}`, async () => {
      const target = url.replace(':id', 'not-a-uuid');
      const body = method === 'GET' ? undefined : {};
      const anon = await t.request(method, target, { body });
      expect(anon.statusCode, `without a session: ${anon.body}`).toBe(
        row.permission === 'public' ? status : 401,
      );
      for (const role of everyone) {
        const res = await t.request(method, target, { cookie: await sessionOf(role), body });
        const allowed = row.allow === 'all' || row.allow.includes(role);
        expect(res.statusCode, `${role}: ${res.body}`).toBe(allowed ? status : 403);
      }
    });
  }
});
