import type { MatrixRows, Role } from './roles.js';

/** INC-9: everyone reads the contests; those who lead people run contests for them (in their scope). */
const organizers: Role[] = ['supervisor', 'manager', 'regional', 'director'];
const read = { permission: 'contest:read', allow: 'all' as const };
const manage = { permission: 'contest:manage', allow: organizers };

export const contestsMatrix: MatrixRows = {
  'GET /api/contests': read,
  'GET /api/contests/:id': read,
  'GET /api/contests/:id/records': read,
  'POST /api/contests': manage,
  'PATCH /api/contests/:id': manage,
  'POST /api/contests/:id/start': manage,
  'POST /api/contests/:id/close': manage,
};
