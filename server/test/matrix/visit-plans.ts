import type { MatrixRows, Role } from './roles.js';

/**
 * VIS-1/VIS-2: those who visit customers write their own plans (rep, supervisor, manager, regional
 * manager); each level above and the sales assistant read their people's; exports keep the
 * reader's scope.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const writers: Role[] = ['rep', 'supervisor', 'manager', 'regional'];
const read = { permission: 'visit_plan:read', allow: readers };
const write = { permission: 'visit_plan:write', allow: writers };

export const visitPlansMatrix: MatrixRows = {
  'GET /api/visit-plans': read,
  'GET /api/visit-plans/mine': write,
  'GET /api/visit-plans/team': read,
  'GET /api/visit-plans/export': { permission: 'visit_plan:export', allow: readers },
  'GET /api/visit-plans/changes/:id': read,
  'GET /api/visit-plans/:id': read,
  'POST /api/visit-plans': write,
  'PUT /api/visit-plans/:id/lines': write,
  'POST /api/visit-plans/:id/submit': write,
  'POST /api/visit-plans/:id/changes': write,
};
