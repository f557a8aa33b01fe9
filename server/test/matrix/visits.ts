import type { MatrixRows, Role } from './roles.js';

/** VIS-2/ORG-5: visit:read — the sales line, the assistant, the director and the GM. */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
/** VIS-4: visit:write — those who visit customers, and their supervisors and managers. */
const writers: Role[] = ['rep', 'supervisor', 'manager', 'regional'];

const read = { permission: 'visit:read', allow: readers };
const write = { permission: 'visit:write', allow: writers };

export const visitsMatrix: MatrixRows = {
  'GET /api/visits': read,
  'GET /api/visits/export': { permission: 'visit:export', allow: readers },
  'GET /api/visits/purposes': read,
  'GET /api/visits/:id': read,
  'POST /api/visits': write,
  'POST /api/visits/:id/prepare': write,
  'POST /api/visits/:id/check-in': write,
  'POST /api/visits/:id/check-out': write,
  'POST /api/visits/:id/cancel': write,
  'POST /api/visits/:id/people': write,
  'DELETE /api/visits/:id/people/:personId': write,
  'GET /api/visits/:id/photos': read,
  'POST /api/visits/:id/photos': write,
  'GET /api/visits/:id/photos/:fileId': read,
  'DELETE /api/visits/:id/photos/:fileId': write,
};
