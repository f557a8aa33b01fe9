import type { MatrixRows, Role } from './roles.js';

/** Q2C-9: anyone asks to use a seal; the assistant keeps the register and the log; the GM and director oversee. */
const request = { permission: 'seal:request', allow: 'all' as const };
const read = { permission: 'seal:read', allow: ['assistant', 'director', 'gm'] as Role[] };
const manage = { permission: 'seal:manage', allow: ['assistant'] as Role[] };

export const sealsMatrix: MatrixRows = {
  'GET /api/seals': request,
  'POST /api/seals': manage,
  'GET /api/seals/:id/log': read,
  'POST /api/seals/:id/check-out': manage,
  'POST /api/seals/:id/return': manage,
  'GET /api/seal-violations': read,
  'POST /api/seal-violations': manage,
  'POST /api/seal-violations/:id/harm': manage,
  'GET /api/seal-requests': request,
  'GET /api/seal-requests/:id': request,
  'POST /api/seal-requests': request,
  'POST /api/seal-requests/:id/submit': request,
};
