import { type BadInputCases, nil } from './types.js';

/** SVC-1/CUS-5: a ticket has a known type, a customer and a title; status changes name a known status. */
export const serviceCases: BadInputCases = {
  'POST /api/service-tickets': {
    url: '/api/service-tickets',
    body: { type: 'repair', customerId: nil, title: '  ' },
    field: 'title',
    as: 'rep01',
  },
  'POST /api/service-tickets/:id/status': {
    url: `/api/service-tickets/${nil}/status`,
    body: { status: 'done' },
    field: 'status',
    as: 'rep01',
  },
  'POST /api/service-tickets/:id/assign': {
    url: `/api/service-tickets/${nil}/assign`,
    body: { ownerId: 'someone' },
    field: 'ownerId',
    as: 'manager_east',
  },
  'POST /api/service-tickets/:id/return': {
    url: `/api/service-tickets/${nil}/return`,
    body: { kind: 'swap' },
    field: 'kind',
    as: 'rep01',
  },
};
