import type { MatrixRows, Role } from './roles.js';

/**
 * RISK-1: everyone in sales, the assistant and finance read the risks in their scope (a rep their
 * own); those who lead people record, change and export them.
 */
const readers: Role[] = [
  'rep',
  'supervisor',
  'assistant',
  'manager',
  'regional',
  'director',
  'gm',
  'finance',
];
const managers: Role[] = ['supervisor', 'manager', 'regional', 'director', 'gm'];
const read = { permission: 'risk:read', allow: readers };
const manage = { permission: 'risk:manage', allow: managers };

export const risksMatrix: MatrixRows = {
  'GET /api/risks': read,
  'GET /api/risks/heatmap': read,
  'GET /api/risks/export': { permission: 'risk:export', allow: [...managers, 'finance'] },
  'GET /api/risks/:id': read,
  'POST /api/risks': manage,
  'PATCH /api/risks/:id': manage,
  'POST /api/risks/:id/review': read,
  'POST /api/risks/:id/reopen': manage,
};
