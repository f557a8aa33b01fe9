import { type BadInputCases, nil } from './types.js';

/**
 * Q2C-8/Q2C-10: quantities are whole numbers above zero, dates YYYY-MM-DD, credits fen digit
 * strings. Sent by a rep (admin has no order rights).
 */
export const ordersCases: BadInputCases = {
  'POST /api/orders': {
    url: '/api/orders',
    body: { contractId: nil, lines: [{ productName: '阀门', unit: '台', quantity: 0 }] },
    field: 'lines.0.quantity',
    as: 'rep01',
  },
  'POST /api/orders/:id/shipments': {
    url: `/api/orders/${nil}/shipments`,
    body: { shippedOn: '2026-13-01', lines: [{ orderLineId: nil, quantity: 1 }] },
    field: 'shippedOn',
    as: 'rep01',
  },
  'PUT /api/orders/:id/documents/:kind': {
    url: `/api/orders/${nil}/documents/manual`,
    body: { provided: 'yes' },
    field: 'provided',
    as: 'rep01',
  },
  'POST /api/orders/:id/documents/:kind/file': {
    url: `/api/orders/${nil}/documents/warranty/file`,
    field: 'kind',
    as: 'rep01',
  },
  'POST /api/orders/:id/deliver': {
    url: `/api/orders/${nil}/deliver`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
  'POST /api/orders/:id/accept': {
    url: `/api/orders/${nil}/accept`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
  'POST /api/returns': {
    url: '/api/returns',
    body: { kind: 'return', contractId: nil, reason: '质量问题', creditFen: '12.50' },
    field: 'creditFen',
    as: 'rep01',
  },
  'PATCH /api/returns/:id': {
    url: `/api/returns/${nil}`,
    body: { reason: '   ' },
    field: 'reason',
    as: 'rep01',
  },
  'POST /api/returns/:id/submit': {
    url: `/api/returns/${nil}/submit`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
};
