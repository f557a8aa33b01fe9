import type { MatrixRows, Role } from './roles.js';

/**
 * EXP-1 … EXP-3: anyone applies, claims and sees their own ratio; those who lead people review
 * claims (the approver check is the engine's); finance approves, pays and exports with them.
 */
const apply = { permission: 'expense:apply', allow: 'all' as const };
const review = {
  permission: 'expense:review',
  allow: ['supervisor', 'manager', 'regional', 'director'] as Role[],
};
const finance = { permission: 'expense:finance', allow: ['finance'] as Role[] };
const read = {
  permission: 'expense:read',
  allow: ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm', 'finance'] as Role[],
};

export const expensesMatrix: MatrixRows = {
  'GET /api/expense-pre-approvals': apply,
  'GET /api/expense-pre-approvals/:id': apply,
  'POST /api/expense-pre-approvals': apply,
  'GET /api/expense-claims': apply,
  'GET /api/expense-claims/export': {
    permission: 'expense:export',
    allow: ['supervisor', 'manager', 'regional', 'director', 'gm', 'finance'],
    status: 400,
  },
  'GET /api/expense-claims/:id': apply,
  'POST /api/expense-claims': apply,
  'POST /api/expense-claims/:id/lines/:lineId/receipt': apply,
  'GET /api/expense-claims/:id/receipts/:fileId': apply,
  'POST /api/expense-claims/:id/submit': apply,
  'POST /api/expense-claims/:id/review/approve': review,
  'POST /api/expense-claims/:id/review/reject': review,
  'POST /api/expense-claims/:id/finance/approve': finance,
  'POST /api/expense-claims/:id/finance/reject': finance,
  'POST /api/expense-claims/:id/lines/:lineId/reject': read,
  'POST /api/expense-claims/:id/pay': finance,
  'GET /api/expense-ratios': { ...apply, status: 400 },
};
