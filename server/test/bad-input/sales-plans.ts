import { type BadInputCases, nil } from './types.js';

/** PLAN-1/PLAN-5: a plan names its year and its targets' values in digits; a revision says why; a market size is fen. */
export const salesPlansCases: BadInputCases = {
  'POST /api/sales-plans': {
    url: '/api/sales-plans',
    body: { year: 1999 },
    field: 'year',
    as: 'director',
  },
  'PUT /api/sales-plans/:id': {
    url: `/api/sales-plans/${nil}`,
    body: { targets: [{ metric: 'signed_amount', period: '2026', value: '12.5' }] },
    field: 'targets.0.value',
    as: 'director',
  },
  'POST /api/sales-plans/:id/submit': { url: '/api/sales-plans/123/submit', field: 'id', as: 'director' },
  'POST /api/sales-plans/:id/revise': {
    url: `/api/sales-plans/${nil}/revise`,
    body: { changeReason: ' ' },
    field: 'changeReason',
    as: 'director',
  },
  'PUT /api/market-sizes': {
    url: '/api/market-sizes',
    body: { unitId: nil, year: 2026, sizeFen: '-5' },
    field: 'sizeFen',
    as: 'director',
  },
  'DELETE /api/market-sizes/:id': { url: '/api/market-sizes/123', field: 'id', as: 'director' },
};
