import type { MatrixRows, Role } from './roles.js';

/**
 * Q2C-8, Q2C-10, Q2C-11: the sales staff place, ship, deliver and accept orders and request
 * returns in their scope; the GM and finance read them.
 */
const writers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const read = { permission: 'order:read', allow: [...writers, 'gm', 'finance'] as Role[] };
const write = { permission: 'order:write', allow: writers };
const returns = { permission: 'return:write', allow: writers };

export const ordersMatrix: MatrixRows = {
  'GET /api/orders': read,
  'GET /api/orders/:id': read,
  'POST /api/orders': write,
  'POST /api/orders/:id/shipments': write,
  'PUT /api/orders/:id/documents/:kind': write,
  'POST /api/orders/:id/documents/:kind/file': write,
  'GET /api/orders/:id/documents/:kind/file': read,
  'POST /api/orders/:id/deliver': write,
  'POST /api/orders/:id/accept': write,
  'GET /api/returns': read,
  'GET /api/returns/:id': read,
  'POST /api/returns': returns,
  'PATCH /api/returns/:id': returns,
  'POST /api/returns/:id/submit': returns,
};
