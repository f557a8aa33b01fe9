import { type BadInputCases, nil } from './types.js';

/** VIS-5/VIS-6: a report's parts and its commitments (owner, deadline, how it is checked) are checked at the edge. */
export const visitReportsCases: BadInputCases = {
  'PUT /api/visits/:id/report': {
    url: `/api/visits/${nil}/report`,
    body: { purposeAchieved: 'maybe' },
    field: 'purposeAchieved',
    as: 'rep01',
  },
  'POST /api/visits/:id/report/submit': {
    url: `/api/visits/${nil}/report/submit`,
    body: { commitments: [{ content: '寄样品', ownerId: nil, dueAt: 'next week', checkMethod: '签收单' }] },
    field: 'commitments.0.dueAt',
    as: 'rep01',
  },
  'POST /api/visit-commitments/:id/done': {
    url: `/api/visit-commitments/${nil}/done`,
    body: { note: '   ' },
    field: 'note',
    as: 'rep01',
  },
  'POST /api/visit-commitments/:id/confirm': {
    url: '/api/visit-commitments/123/confirm',
    field: 'id',
    as: 'sup_east1',
  },
};
