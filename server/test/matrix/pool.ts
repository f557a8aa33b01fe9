import type { MatrixRows, Role } from './roles.js';

/** customer:pool — reps and everyone who leads them in sales (not the assistant, GM or back office). */
const poolUsers: Role[] = ['rep', 'supervisor', 'manager', 'regional', 'director'];
/** customer:assign — supervisors and up. */
const assigners: Role[] = ['supervisor', 'manager', 'regional', 'director'];
const writers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const readers: Role[] = [...writers, 'gm', 'finance'];

export const poolMatrix: MatrixRows = {
  'GET /api/customers/pool': { permission: 'customer:pool', allow: poolUsers },
  'GET /api/customers/pool/quota': { permission: 'customer:pool', allow: poolUsers },
  'GET /api/customers/pool/:id': { permission: 'customer:pool', allow: poolUsers },
  'GET /api/customers/assignees': { permission: 'customer:assign', allow: assigners },
  'POST /api/customers/:id/claim': { permission: 'customer:pool', allow: poolUsers },
  'POST /api/customers/:id/release': { permission: 'customer:write', allow: writers },
  'POST /api/customers/:id/reassign': { permission: 'customer:assign', allow: assigners },
  'GET /api/customers/:id/pool-status': { permission: 'customer:read', allow: readers },
  'GET /api/customers/:id/ownership': { permission: 'customer:read', allow: readers },
};
