import { type BadInputCases, nil } from './types.js';

/** Q2C-9: a seal has a name and a custodian; a request says what for; a check-out names who takes it. */
export const sealsCases: BadInputCases = {
  'POST /api/seals': {
    url: '/api/seals',
    body: { name: ' ', kind: 'contract', custodianId: nil },
    field: 'name',
    as: 'assistant_east',
  },
  'POST /api/seals/:id/check-out': {
    url: `/api/seals/${nil}/check-out`,
    body: { userId: 'someone' },
    field: 'userId',
    as: 'assistant_east',
  },
  'POST /api/seals/:id/return': {
    url: '/api/seals/123/return',
    body: {},
    field: 'id',
    as: 'assistant_east',
  },
  'POST /api/seal-requests': {
    url: '/api/seal-requests',
    body: { sealId: nil, purpose: '' },
    field: 'purpose',
    as: 'rep01',
  },
  'POST /api/seal-violations': {
    url: '/api/seal-violations',
    body: { sealId: nil, userId: nil, description: '  ' },
    field: 'description',
    as: 'assistant_east',
  },
  'POST /api/seal-violations/:id/harm': {
    url: `/api/seal-violations/${nil}/harm`,
    body: { harmNote: '' },
    field: 'harmNote',
    as: 'assistant_east',
  },
  'POST /api/seal-requests/:id/submit': { url: '/api/seal-requests/123/submit', field: 'id', as: 'rep01' },
};
