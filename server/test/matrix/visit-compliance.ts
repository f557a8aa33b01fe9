import type { MatrixRows, Role } from './roles.js';

/** VIS-2/VIS-7/ORG-5: those who visit customers and everyone above them read (and export) visits in their scope. */
const visitReaders: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
/** VIS-1: those who plan and make visits move them (the assistant, director and GM read only). */
const visitWriters: Role[] = ['rep', 'supervisor', 'manager', 'regional'];

export const visitComplianceMatrix: MatrixRows = {
  'GET /api/visit-compliance': { permission: 'visit:read', allow: visitReaders },
  'GET /api/visit-compliance/export': { permission: 'visit:export', allow: visitReaders },
  'GET /api/visit-compliance/:id': { permission: 'visit:read', allow: visitReaders },
  // The range (from, to) is required.
  'GET /api/visit-calendar': { permission: 'visit:read', allow: visitReaders, status: 400 },
  'POST /api/visits/:id/move': { permission: 'visit:write', allow: visitWriters },
};
