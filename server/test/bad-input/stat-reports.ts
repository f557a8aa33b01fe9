import { type BadInputCases, nil } from './types.js';

/** OPS-4: a weekly report names an ISO week that exists and a unit; an analysis has a length. */
export const statReportsCases: BadInputCases = {
  'POST /api/stat-reports': {
    url: '/api/stat-reports',
    body: { kind: 'weekly', period: '2026-W54', unitId: nil },
    field: 'period',
    as: 'manager_east',
  },
  'PATCH /api/stat-reports/:id': {
    url: `/api/stat-reports/${nil}`,
    body: { analysis: '析'.repeat(5001) },
    field: 'analysis',
    as: 'manager_east',
  },
};
