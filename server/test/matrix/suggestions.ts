import type { MatrixRows, Role } from './roles.js';

/** OPS-9: anyone makes suggestions and sees their own; those who lead people review and export. */
const make = { permission: 'suggestion:create', allow: 'all' as const };
const leads: Role[] = ['supervisor', 'manager', 'regional', 'director', 'gm'];
const review = { permission: 'suggestion:review', allow: leads };

export const suggestionsMatrix: MatrixRows = {
  'GET /api/suggestions': make,
  'GET /api/suggestions/export': { permission: 'suggestion:export', allow: leads },
  'GET /api/suggestions/:id': make,
  'POST /api/suggestions': make,
  'POST /api/suggestions/:id/adopt': review,
  'POST /api/suggestions/:id/decline': review,
};
