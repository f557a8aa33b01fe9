import type { MatrixRows, Role } from './roles.js';

/** OPS-6: members read their unit's meetings; supervisors and those above host them. */
const read = {
  permission: 'meeting:read',
  allow: ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'] as Role[],
};
const host = {
  permission: 'meeting:host',
  allow: ['supervisor', 'manager', 'regional', 'director'] as Role[],
};

export const meetingsMatrix: MatrixRows = {
  'GET /api/meetings': read,
  'GET /api/meetings/:id': read,
  // Today's meeting of my own unit: nothing to refuse in `{}` (the probe's day is a working day).
  'POST /api/meetings/open': { ...host, status: 200 },
  'PATCH /api/meetings/:id': host,
  'POST /api/meetings/:id/attendance': host,
  'POST /api/meetings/:id/assignments': host,
  'POST /api/meetings/:id/close': host,
};
