import { type BadInputCases, nil } from './types.js';

/** EXP-2/EXP-3: amounts are digits of fen, a claim has lines, decisions need their reason, a payment its date. */
export const expensesCases: BadInputCases = {
  'POST /api/expense-pre-approvals': {
    url: '/api/expense-pre-approvals',
    body: { kind: 'gift', estimatedFen: '12.5', purpose: '礼品' },
    field: 'estimatedFen',
    as: 'rep01',
  },
  'POST /api/expense-claims': {
    url: '/api/expense-claims',
    body: { lines: [] },
    field: 'lines',
    as: 'rep01',
  },
  'POST /api/expense-claims/:id/lines/:lineId/receipt': {
    url: `/api/expense-claims/123/lines/${nil}/receipt`,
    field: 'id',
    as: 'rep01',
  },
  'POST /api/expense-claims/:id/submit': { url: '/api/expense-claims/123/submit', field: 'id', as: 'rep01' },
  'POST /api/expense-claims/:id/review/approve': {
    url: `/api/expense-claims/${nil}/review/approve`,
    body: { note: 42 },
    field: 'note',
    as: 'sup_east1',
  },
  'POST /api/expense-claims/:id/review/reject': {
    url: `/api/expense-claims/${nil}/review/reject`,
    body: { reason: ' ' },
    field: 'reason',
    as: 'sup_east1',
  },
  'POST /api/expense-claims/:id/finance/approve': {
    url: `/api/expense-claims/${nil}/finance/approve`,
    body: { flagReason: 42 },
    field: 'flagReason',
    as: 'finance',
  },
  'POST /api/expense-claims/:id/finance/reject': {
    url: `/api/expense-claims/${nil}/finance/reject`,
    body: { reason: '' },
    field: 'reason',
    as: 'finance',
  },
  'POST /api/expense-claims/:id/lines/:lineId/reject': {
    url: `/api/expense-claims/${nil}/lines/${nil}/reject`,
    body: { reason: ' ' },
    field: 'reason',
    as: 'sup_east1',
  },
  'POST /api/expense-claims/:id/pay': {
    url: `/api/expense-claims/${nil}/pay`,
    body: { paidOn: '2026-02-30' },
    field: 'paidOn',
    as: 'finance',
  },
};
