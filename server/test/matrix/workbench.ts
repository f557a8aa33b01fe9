import type { MatrixRows, Role } from './roles.js';

/** PLAN-5/OPS-5: everyone in sales reads the indicators of their scope (a rep: their own). */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
/** A team: a scope wider than oneself (a rep has none; the route answers 403). */
const teamReaders: Role[] = readers.filter((r) => r !== 'rep');
/** Units in scope (unit tree or all): the company's 工作台, or the reader's unit's. */
const unitReaders: Role[] = ['assistant', 'manager', 'regional', 'director', 'gm'];
/** Those who export indicators. */
const exporters: Role[] = ['assistant', 'manager', 'regional', 'director', 'gm'];

export const workbenchMatrix: MatrixRows = {
  'GET /api/workbench/me': { permission: 'indicator:read', allow: readers },
  'GET /api/workbench/team': { permission: 'indicator:read', allow: teamReaders },
  'GET /api/workbench/company': { permission: 'indicator:read', allow: unitReaders },
  'GET /api/workbench/finance': { permission: 'payment:confirm', allow: ['finance'] },
  'GET /api/sales-status': { permission: 'indicator:read', allow: readers },
  'GET /api/sales-status/export': { permission: 'indicator:export', allow: exporters },
};
