import { type BadInputCases, nil } from './types.js';

/**
 * PEN-2/PEN-4/ORG-3: a violation names its person, category and what happened (a lateness its
 * minutes, a complaint its reference); an appeal says to whom and why; a decision its reason; a
 * fine sanction its amount.
 */
export const disciplineCases: BadInputCases = {
  'POST /api/violations': {
    url: '/api/violations',
    body: { userId: nil, category: 'lateness', occurredAt: '2026-03-02T01:00:00Z', description: 'x' },
    field: 'minutesLate',
    as: 'sup_east1',
  },
  'POST /api/violations/:id/appeal': {
    url: `/api/violations/${nil}/appeal`,
    body: { toUserId: 'boss', reason: '堵车' },
    field: 'toUserId',
    as: 'rep01',
  },
  'POST /api/violations/:id/decide': {
    url: `/api/violations/${nil}/decide`,
    body: { decision: 'maybe', reason: 'x' },
    field: 'decision',
    as: 'manager_east',
  },
  'POST /api/violations/:id/cancel': {
    url: `/api/violations/${nil}/cancel`,
    body: { reason: '  ' },
    field: 'reason',
    as: 'sup_east1',
  },
  // Not multipart, and the id is checked first: the field named is the id.
  'POST /api/violations/:id/evidence': { url: '/api/violations/123/evidence', field: 'id', as: 'sup_east1' },
  'POST /api/sanctions': {
    url: '/api/sanctions',
    body: { userId: nil, kind: 'fine', reasons: '屡次迟到' },
    field: 'fineFen',
    as: 'sup_east1',
  },
};
