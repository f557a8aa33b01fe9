import { type BadInputCases, nil } from './types.js';

/** OPS-10: an entry has a kind, the day it was observed and what was seen; a price is fen digits. */
export const marketIntelCases: BadInputCases = {
  'POST /api/market-intel': {
    url: '/api/market-intel',
    body: { kind: 'price', observedOn: '2026-03-01', content: '降价', priceFen: '12.5' },
    field: 'priceFen',
    as: 'rep01',
  },
  'PUT /api/market-intel/:id': {
    url: `/api/market-intel/${nil}`,
    body: { kind: 'rumour', observedOn: '2026-03-01', content: '传闻' },
    field: 'kind',
    as: 'rep01',
  },
};
