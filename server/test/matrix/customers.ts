import type { MatrixRows, Role } from './roles.js';

/** customer:read — the sales line, the GM, and finance (CUS-9 credit data). */
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
/** customer:write and customer:create — the sales line (ORG-6). */
const sales: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
/** customer:service — CUS-5: anyone who serves customers, the receptionist included. */
const servers: Role[] = [...sales, 'receptionist'];

export const customerMatrix: MatrixRows = {
  'GET /api/customers': { permission: 'customer:read', allow: readers },
  'GET /api/customers/settings': { permission: 'customer:read', allow: readers },
  'GET /api/customers/duplicates': { permission: 'customer:create', allow: sales },
  // The lookup needs its search term (q).
  'GET /api/customers/lookup': { permission: 'customer:service', allow: servers, status: 400 },
  'GET /api/customers/:id': { permission: 'customer:read', allow: readers },
  'POST /api/customers': { permission: 'customer:create', allow: sales },
  'PATCH /api/customers/:id': { permission: 'customer:write', allow: sales },
  'PUT /api/customers/:id/credit': { permission: 'customer:credit', allow: ['director', 'gm', 'finance'] },
  'GET /api/customers/:id/contacts': { permission: 'customer:read', allow: readers },
  'POST /api/customers/:id/contacts': { permission: 'customer:write', allow: sales },
  'PATCH /api/customers/:id/contacts/:contactId': { permission: 'customer:write', allow: sales },
  'DELETE /api/customers/:id/contacts/:contactId': { permission: 'customer:write', allow: sales },
  'GET /api/customers/:id/follow-ups': { permission: 'customer:read', allow: readers },
  'POST /api/customers/:id/follow-ups': { permission: 'customer:read', allow: readers },
  'POST /api/customers/:id/service': { permission: 'customer:service', allow: servers },
  'GET /api/customers/:id/timeline': { permission: 'customer:read', allow: readers },
  'GET /api/customers/:id/history': { permission: 'customer:read', allow: readers },
  // ORG-5: reps hold customer:export, but the policy customer.repsMayExport (off by default) refuses them.
  'GET /api/customers/export': {
    permission: 'customer:export',
    allow: ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'],
  },
  'POST /api/customers/:id/duplicate-requests': { permission: 'customer:create', allow: sales },
  'GET /api/customers/:id/file': { permission: 'customer:read', allow: readers },
  'GET /api/customers/:id/collaborators': { permission: 'customer:read', allow: readers },
  'GET /api/customers/:id/collaborator-candidates': { permission: 'customer:read', allow: readers },
  'PUT /api/customers/:id/collaborators/:userId': { permission: 'customer:read', allow: readers },
  'DELETE /api/customers/:id/collaborators/:userId': { permission: 'customer:read', allow: readers },
  'GET /api/customers/:id/attachments': { permission: 'customer:read', allow: readers },
  'POST /api/customers/:id/attachments': { permission: 'customer:write', allow: sales },
  'GET /api/customers/:id/attachments/:fileId': { permission: 'customer:read', allow: readers },
  'DELETE /api/customers/:id/attachments/:fileId': { permission: 'customer:write', allow: sales },
};
