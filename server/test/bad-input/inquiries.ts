import { type BadInputCases, nil } from './types.js';

/** The first-contact register (CUS-2) and lead qualification (CUS-4). */
export const inquiryCases: BadInputCases = {
  'POST /api/inquiries': {
    url: '/api/inquiries',
    body: { name: '王先生', contact: '', inquiry: '报价', contactDate: '2026-03-01' },
    field: 'contact',
    as: 'reception',
  },
  'POST /api/inquiries/:id/convert': {
    url: `/api/inquiries/${nil}/convert`,
    body: { type: 'alien', level: 'B' },
    field: 'type',
    as: 'rep01',
  },
  'POST /api/inquiries/:id/link': {
    url: `/api/inquiries/${nil}/link`,
    body: { customerId: 'acme' },
    field: 'customerId',
    as: 'reception',
  },
  'PUT /api/customers/:id/qualification': {
    url: `/api/customers/${nil}/qualification`,
    body: { answers: { budget: 9 } },
    field: 'answers.budget',
    as: 'rep01',
  },
  'POST /api/customers/:id/convert': { url: '/api/customers/123/convert', field: 'id', as: 'rep01' },
};
