import { type BadInputCases, nil } from './types.js';

/** PLAN-6: a coaching names the person, the period, findings, actions and a follow-up date; a follow-up says what happened. */
export const indicatorsCases: BadInputCases = {
  'POST /api/coaching': {
    url: '/api/coaching',
    body: { repId: nil, period: '2026-13', findings: '发现', actions: '行动', followUpOn: '2026-04-01' },
    field: 'period',
    as: 'sup_east1',
  },
  'POST /api/coaching/:id/follow-up': {
    url: `/api/coaching/${nil}/follow-up`,
    body: { note: ' ' },
    field: 'note',
    as: 'sup_east1',
  },
};
