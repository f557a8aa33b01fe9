import { type BadInputCases, nil } from './types.js';

export const poolCases: BadInputCases = {
  'POST /api/customers/:id/claim': { url: '/api/customers/123/claim', field: 'id', as: 'rep01' },
  'POST /api/customers/:id/release': {
    url: `/api/customers/${nil}/release`,
    body: { reason: '  ' },
    field: 'reason',
    as: 'rep01',
  },
  'POST /api/customers/:id/reassign': {
    url: `/api/customers/${nil}/reassign`,
    body: { ownerId: 'someone', reason: '离职交接' },
    field: 'ownerId',
    as: 'manager_east',
  },
};
