import { type BadInputCases, nil } from './types.js';

/** VIS-1/VIS-2: a plan names its month; lines name a customer, purpose, date and hours; a change says why. */
export const visitPlansCases: BadInputCases = {
  'POST /api/visit-plans': {
    url: '/api/visit-plans',
    body: { month: '2026-4' },
    field: 'month',
    as: 'rep01',
  },
  'PUT /api/visit-plans/:id/lines': {
    url: `/api/visit-plans/${nil}/lines`,
    body: {
      lines: [{ customerId: nil, purpose: 'maintenance', plannedOn: '2026-04-01', plannedHours: '1.25' }],
    },
    field: 'lines.0.plannedHours',
    as: 'rep01',
  },
  'POST /api/visit-plans/:id/submit': { url: '/api/visit-plans/123/submit', field: 'id', as: 'rep01' },
  'POST /api/visit-plans/:id/changes': {
    url: `/api/visit-plans/${nil}/changes`,
    body: { reason: ' ', lines: [] },
    field: 'reason',
    as: 'rep01',
  },
};
