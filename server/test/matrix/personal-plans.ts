import type { MatrixRows, Role } from './roles.js';

/**
 * PLAN-4: those who sell write their own annual and monthly plans (the levels that lead people
 * hold the permission over them too, and write their own); each level above and the sales
 * assistant read their people's; the GM reads.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const writers: Role[] = ['rep', 'supervisor', 'manager', 'regional', 'director'];
const read = { permission: 'personal_plan:read', allow: readers };
const write = { permission: 'personal_plan:write', allow: writers };

export const personalPlansMatrix: MatrixRows = {
  'GET /api/personal-plans': read,
  'GET /api/personal-plans/mine': write,
  // The picker names what it lists (kind): the probe without it is refused.
  'GET /api/personal-plans/choices': { ...write, status: 400 },
  'GET /api/personal-plans/team': read,
  'GET /api/personal-plans/:id': read,
  'POST /api/personal-plans': write,
  'PUT /api/personal-plans/:id': write,
  'POST /api/personal-plans/:id/submit': write,
  'POST /api/personal-plans/:id/revise': write,
};
