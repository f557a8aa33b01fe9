import type { MatrixRows, Role } from './roles.js';

/**
 * PLAN-2/PLAN-3/ORG-6: everyone in sales reads the targets of their scope (a rep only their own,
 * which no split is); those who lead a unit — sales and regional managers, the director — set and
 * split their unit's targets; the leads, the assistant and the GM export target sheets.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const writers: Role[] = ['manager', 'regional', 'director'];
const exporters: Role[] = ['assistant', 'manager', 'regional', 'director', 'gm'];
const read = { permission: 'target:read', allow: readers };
const write = { permission: 'target:write', allow: writers };

export const targetSetsMatrix: MatrixRows = {
  // Year and metric (and the unit) are required.
  'GET /api/target-sets/tree': { ...read, status: 400 },
  'GET /api/target-sets/current': { ...read, status: 400 },
  'GET /api/target-sets/:id': read,
  'GET /api/target-sets/:id/export': { permission: 'target:export', allow: exporters },
  'POST /api/target-sets': write,
  'PUT /api/target-sets/:id/lines': write,
  'POST /api/target-sets/:id/split': write,
  'POST /api/target-sets/:id/submit': write,
  'POST /api/target-sets/:id/import': write,
};
