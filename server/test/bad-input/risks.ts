import { type BadInputCases, nil } from './types.js';

/** RISK-1: a risk has a title, a known category, likelihood and impact 1–5 and a review date. */
export const risksCases: BadInputCases = {
  'POST /api/risks': {
    url: '/api/risks',
    body: {
      title: '竞品降价',
      category: 'market',
      likelihood: 6,
      impact: 3,
      ownerId: nil,
      reviewOn: '2026-04-01',
    },
    field: 'likelihood',
    as: 'manager_east',
  },
  'PATCH /api/risks/:id': {
    url: `/api/risks/${nil}`,
    body: { category: 'weather' },
    field: 'category',
    as: 'manager_east',
  },
  'POST /api/risks/:id/review': {
    url: `/api/risks/${nil}/review`,
    body: { note: ' ', nextReviewOn: '2026-04-01' },
    field: 'note',
    as: 'rep01',
  },
  'POST /api/risks/:id/reopen': {
    url: `/api/risks/${nil}/reopen`,
    body: { note: '信用再次恶化', reviewOn: '2026-13-01' },
    field: 'reviewOn',
    as: 'manager_east',
  },
};
