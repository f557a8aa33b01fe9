import type { MatrixRows, Role } from './roles.js';

/**
 * PEN-2/PEN-4/ORG-3: violations are read by the person and up their chain, finance and HR;
 * recorded by those who lead people; appealed by anyone (their own); fines exported for payroll
 * by those who lead people, the GM, finance and HR; sanctions read by the person, up the chain
 * and HR, proposed by superiors.
 */
const readers: Role[] = ['rep', 'supervisor', 'manager', 'regional', 'director', 'gm', 'finance', 'hr'];
const recorders: Role[] = ['supervisor', 'manager', 'regional', 'director'];
const read = { permission: 'violation:read', allow: readers };
const record = { permission: 'violation:record', allow: recorders };
const appeal = { permission: 'violation:appeal', allow: 'all' as const };
const sanctionRead = {
  permission: 'sanction:read',
  allow: ['rep', 'supervisor', 'manager', 'regional', 'director', 'gm', 'hr'] as Role[],
};
const propose = {
  permission: 'sanction:propose',
  allow: ['supervisor', 'manager', 'regional', 'director', 'gm'] as Role[],
};

export const disciplineMatrix: MatrixRows = {
  'GET /api/violations': read,
  'GET /api/violations/appeal-targets': appeal,
  'GET /api/violations/fines-export': {
    permission: 'violation:export',
    allow: ['supervisor', 'manager', 'regional', 'director', 'gm', 'finance', 'hr'],
    status: 400,
  },
  'GET /api/violations/record': read,
  'GET /api/violations/:id': read,
  'POST /api/violations': record,
  'POST /api/violations/:id/appeal': appeal,
  'POST /api/violations/:id/decide': read,
  'POST /api/violations/:id/cancel': record,
  'GET /api/violations/:id/evidence': read,
  'POST /api/violations/:id/evidence': record,
  'GET /api/violations/:id/evidence/:fileId': read,
  'GET /api/sanctions': sanctionRead,
  'GET /api/sanctions/:id': sanctionRead,
  'POST /api/sanctions': propose,
};
