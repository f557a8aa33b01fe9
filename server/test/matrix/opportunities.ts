import type { MatrixRows, Role } from './roles.js';

/** CUS-8: the sales staff work the pipeline in their scope; the GM reads it. */
const writers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const readers: Role[] = [...writers, 'gm'];
const read = { permission: 'opportunity:read', allow: readers };
const write = { permission: 'opportunity:write', allow: writers };

export const opportunityMatrix: MatrixRows = {
  'GET /api/opportunities': read,
  'GET /api/opportunities/board': read,
  'GET /api/opportunities/funnel': read,
  'GET /api/opportunities/:id': read,
  'GET /api/opportunities/:id/history': read,
  'POST /api/opportunities': write,
  'PATCH /api/opportunities/:id': write,
  'POST /api/opportunities/:id/stage': write,
};
