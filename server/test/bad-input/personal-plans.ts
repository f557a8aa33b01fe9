import { type BadInputCases, nil } from './types.js';

/** PLAN-4: a plan names its period; items their kind and amount in fen; a revision says why. */
export const personalPlansCases: BadInputCases = {
  'POST /api/personal-plans': {
    url: '/api/personal-plans',
    body: { period: '2026-4' },
    field: 'period',
    as: 'rep01',
  },
  'PUT /api/personal-plans/:id': {
    url: `/api/personal-plans/${nil}`,
    body: { items: [{ kind: 'customer', refId: nil, expectedFen: '1.5' }] },
    field: 'items.0.expectedFen',
    as: 'rep01',
  },
  'POST /api/personal-plans/:id/submit': { url: '/api/personal-plans/123/submit', field: 'id', as: 'rep01' },
  'POST /api/personal-plans/:id/revise': {
    url: `/api/personal-plans/${nil}/revise`,
    body: { changeReason: '' },
    field: 'changeReason',
    as: 'rep01',
  },
};
