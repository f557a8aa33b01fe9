import { type BadInputCases, nil } from './types.js';

/** Q2C-5 … Q2C-8, CUS-9: amounts are fen digit strings; dates YYYY-MM-DD; a returned entry says why. */
export const contractsCases: BadInputCases = {
  'POST /api/contracts': {
    url: '/api/contracts',
    body: { kind: 'main', customerId: nil, title: '年度合同', amountFen: '12.50' },
    field: 'amountFen',
    as: 'rep01',
  },
  'PATCH /api/contracts/:id': {
    url: `/api/contracts/${nil}`,
    body: { endDate: '2026-02-30' },
    field: 'endDate',
    as: 'rep01',
  },
  'POST /api/contracts/:id/submit': { url: '/api/contracts/123/submit', field: 'id', as: 'rep01' },
  'POST /api/contracts/:id/scan': { url: '/api/contracts/123/scan', field: 'id', as: 'assistant_east' },
  'DELETE /api/contracts/:id/scan/:fileId': {
    url: `/api/contracts/${nil}/scan/x`,
    field: 'fileId',
    as: 'assistant_east',
  },
  'POST /api/contracts/:id/enter': {
    url: `/api/contracts/${nil}/enter`,
    body: { signedOn: '2026-03-01', instalments: [{ dueDate: '2026-04-01', amountFen: '-5' }] },
    field: 'instalments.0.amountFen',
    as: 'assistant_east',
  },
  'POST /api/contracts/:id/verify': { url: '/api/contracts/123/verify', field: 'id', as: 'finance' },
  'POST /api/contracts/:id/return-entry': {
    url: `/api/contracts/${nil}/return-entry`,
    body: { reason: ' ' },
    field: 'reason',
    as: 'finance',
  },
};
