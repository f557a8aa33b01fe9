import type { MatrixRows, Role } from './roles.js';

/**
 * VIS-5/VIS-6/ORG-5: those who visit customers write reports and carry out commitments; each level
 * above, the assistant and the direction read them (and the rep's superior confirms commitments).
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const writers: Role[] = ['rep', 'supervisor', 'manager', 'regional'];
const read = { permission: 'visit:read', allow: readers };
const write = { permission: 'visit:write', allow: writers };

export const visitReportsMatrix: MatrixRows = {
  'GET /api/visit-reports': read,
  // ORG-5: exporting is a permission of its own; the roles that read visits hold it.
  'GET /api/visit-reports/export': { permission: 'visit:export', allow: readers },
  'GET /api/visit-reports/:id': read,
  'GET /api/visits/:id/report': read,
  'PUT /api/visits/:id/report': write,
  'POST /api/visits/:id/report/submit': write,
  'GET /api/visit-commitments': read,
  'GET /api/visit-commitments/:id': read,
  'POST /api/visit-commitments/:id/done': write,
  'POST /api/visit-commitments/:id/confirm': write,
};
