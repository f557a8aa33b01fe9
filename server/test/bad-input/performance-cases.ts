import { type BadInputCases, nil } from './types.js';

/** INC-8: the interview has a date, the plan at least one action, the decision and outcome a known choice. */
export const performanceCasesCases: BadInputCases = {
  'POST /api/performance-cases/:id/interview': {
    url: `/api/performance-cases/${nil}/interview`,
    body: { heldOn: '2026-02-30', notes: '约谈' },
    field: 'heldOn',
    as: 'sup_east1',
  },
  'POST /api/performance-cases/:id/plan': {
    url: `/api/performance-cases/${nil}/plan`,
    body: { actions: [] },
    field: 'actions',
    as: 'sup_east1',
  },
  'POST /api/performance-cases/:id/decision': {
    url: `/api/performance-cases/${nil}/decision`,
    body: { decision: 'fire', reasons: '理由' },
    field: 'decision',
    as: 'sup_east1',
  },
  'POST /api/performance-cases/:id/outcome': {
    url: `/api/performance-cases/${nil}/outcome`,
    body: { outcome: 'improved', notes: '' },
    field: 'notes',
    as: 'sup_east1',
  },
};
