import { type BadInputCases, nil } from './types.js';

/** Q2C-2 … Q2C-4: prices are fen digit strings, quantities whole and positive, notes required. Sent by a rep. */
export const quotesCases: BadInputCases = {
  'POST /api/quotes': {
    url: '/api/quotes',
    body: { customerId: nil, lines: [{ productId: nil, quantity: 1, unitPriceFen: '99.5' }] },
    field: 'lines.0.unitPriceFen',
    as: 'rep01',
  },
  'PATCH /api/quotes/:id': {
    url: `/api/quotes/${nil}`,
    body: { validUntil: '2026-02-30x' },
    field: 'validUntil',
    as: 'rep01',
  },
  'POST /api/quotes/:id/submit': {
    url: `/api/quotes/${nil}/submit`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
  'POST /api/quotes/:id/send': {
    url: `/api/quotes/${nil}/send`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
  'POST /api/quotes/:id/accept': {
    url: `/api/quotes/${nil}/accept`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
  'POST /api/quotes/:id/decline': {
    url: `/api/quotes/${nil}/decline`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'rep01',
  },
  'POST /api/order-intents': {
    url: '/api/order-intents',
    body: { customerId: nil, note: '   ' },
    field: 'note',
    as: 'rep01',
  },
  'POST /api/order-intents/:id/acknowledge': {
    url: `/api/order-intents/${nil}/acknowledge`,
    body: { comment: 'x'.repeat(1001) },
    field: 'comment',
    as: 'sup_east1',
  },
};
