import { type BadInputCases, nil } from './types.js';

/** CUS-8: amounts are fen digit strings; lost needs a reason. Sent by a rep (admin has no pipeline rights). */
export const opportunityCases: BadInputCases = {
  'POST /api/opportunities': {
    url: '/api/opportunities',
    body: { customerId: nil, name: '年度采购', amountFen: '12.50', expectedCloseDate: '2026-06-30' },
    field: 'amountFen',
    as: 'rep01',
  },
  'PATCH /api/opportunities/:id': {
    url: `/api/opportunities/${nil}`,
    body: { expectedCloseDate: '2026-02-30x' },
    field: 'expectedCloseDate',
    as: 'rep01',
  },
  'POST /api/opportunities/:id/stage': {
    url: `/api/opportunities/${nil}/stage`,
    body: { stage: 'lost', lostReason: ' ' },
    field: 'lostReason',
    as: 'rep01',
  },
};
