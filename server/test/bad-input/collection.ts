import { type BadInputCases, nil } from './types.js';

/** AR-6/AR-8: outcomes and statuses from their lists, a promise needs its date, amounts in fen digits. */
export const collectionCases: BadInputCases = {
  // AR-6: the month's run is due from the 31st (the test clock stands at 2 March).
  'POST /api/dunning/runs': {
    url: '/api/dunning/runs',
    body: { unexpected: [] },
    status: 422,
    code: 'DUNNING_TOO_EARLY',
    field: 'period',
    as: 'finance',
  },
  'POST /api/dunning/dispatch': {
    url: '/api/dunning/dispatch',
    body: { itemIds: ['not-an-id'] },
    field: 'itemIds.0',
    as: 'sup_east1',
  },
  'POST /api/dunning/items/:id/outcome': {
    url: `/api/dunning/items/${nil}/outcome`,
    body: { outcome: 'promised', note: '下周付款' },
    field: 'promisedOn',
    as: 'rep01',
  },
  'PUT /api/contracts/:id/legal-status': {
    url: `/api/contracts/${nil}/legal-status`,
    body: { status: 'legal_action', note: '  ' },
    field: 'note',
    as: 'finance',
  },
  'POST /api/write-offs': {
    url: '/api/write-offs',
    body: { contractId: nil, amountFen: '12.5', reason: '客户破产' },
    field: 'amountFen',
    as: 'finance',
  },
  'POST /api/write-offs/:id/submit': { url: '/api/write-offs/123/submit', field: 'id', as: 'finance' },
};
