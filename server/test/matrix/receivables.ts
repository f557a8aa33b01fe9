import type { MatrixRows, Role } from './roles.js';

/**
 * AR-1 … AR-4, AR-7: the sales staff read plans and payments in their scope and record payments;
 * finance confirms, rejects and reverses them, applies customer credit and records invoices.
 */
const sales: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const read = { permission: 'payment:read', allow: [...sales, 'gm', 'finance'] as Role[] };
const create = { permission: 'payment:create', allow: [...sales, 'finance'] as Role[] };
const confirm = { permission: 'payment:confirm', allow: ['finance'] as Role[] };

export const receivablesMatrix: MatrixRows = {
  'GET /api/contracts/:id/plan': read,
  'GET /api/contracts/:id/money': read,
  'POST /api/contracts/:id/plan-changes': { permission: 'plan:change', allow: sales },
  'GET /api/plan-changes/:id': read,
  'GET /api/payments': read,
  'GET /api/payments/export': {
    permission: 'receivable:export',
    allow: ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm', 'finance'],
  },
  'GET /api/payments/:id': read,
  'POST /api/payments': create,
  'POST /api/payments/confirm-batch': confirm,
  'GET /api/customers/:id/payment-choices': create,
  'POST /api/payments/:id/confirm': confirm,
  'POST /api/payments/:id/reject': confirm,
  'POST /api/payments/:id/reverse': confirm,
  'GET /api/payments/:id/attachments': read,
  'POST /api/payments/:id/attachments': create,
  'GET /api/payments/:id/attachments/:fileId': read,
  'GET /api/customers/:id/credit-balance': read,
  'POST /api/customers/:id/apply-credit': confirm,
  'GET /api/invoices': read,
  'POST /api/invoices': { permission: 'invoice:write', allow: ['finance'] },
  'GET /api/receivables/verify-amounts': { permission: 'receivable:verify', allow: ['finance', 'admin'] },
};
