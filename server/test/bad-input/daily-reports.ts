import { type BadInputCases, nil } from './types.js';

/** OPS-2/OPS-7: notes within bounds, a submission says something, a return says why. */
export const dailyReportsCases: BadInputCases = {
  'POST /api/daily-reports/generate': {
    url: '/api/daily-reports/generate',
    body: { unitId: 'east' },
    field: 'unitId',
    as: 'sup_east1',
  },
  'PATCH /api/daily-reports/:id': {
    url: `/api/daily-reports/${nil}`,
    body: { notes: 'x'.repeat(4001) },
    field: 'notes',
    as: 'rep01',
  },
  'POST /api/daily-reports/:id/submit': {
    url: `/api/daily-reports/${nil}/submit`,
    body: { notes: '  ' },
    field: 'notes',
    as: 'rep01',
  },
  'POST /api/daily-reports/:id/review': {
    url: `/api/daily-reports/${nil}/review`,
    body: { verdict: 'returned', comment: '' },
    field: 'comment',
    as: 'sup_east1',
  },
};
