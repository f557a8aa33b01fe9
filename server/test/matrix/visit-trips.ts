import type { MatrixRows, Role } from './roles.js';

/** OPS-1: business trips are read and recorded like visits (visit:read / visit:write). */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const writers: Role[] = ['rep', 'supervisor', 'manager', 'regional'];
const read = { permission: 'visit:read', allow: readers };
const write = { permission: 'visit:write', allow: writers };

export const visitTripsMatrix: MatrixRows = {
  'GET /api/visit-trips': read,
  'POST /api/visit-trips': write,
  'GET /api/visit-trips/:id': read,
  'POST /api/visit-trips/:id/return': write,
  'POST /api/visit-trips/:id/cancel': write,
};
