import { type BadInputCases, nil } from './types.js';

/**
 * SVC-2/SVC-3: an answer scores 1–5; a survey is sent to a customer (an id); praise has a real
 * date, a kind and words.
 */
export const satisfactionCases: BadInputCases = {
  'POST /api/public/surveys/:token': {
    url: '/api/public/surveys/not-a-token',
    body: { answers: [{ key: 'service', score: 6 }] },
    field: 'answers.0.score',
  },
  'POST /api/surveys': {
    url: '/api/surveys',
    body: { customerId: 'x' },
    field: 'customerId',
    as: 'manager_east',
  },
  'POST /api/surveys/:id/resend': { url: '/api/surveys/123/resend', field: 'id', as: 'manager_east' },
  'POST /api/praise': {
    url: '/api/praise',
    body: { customerId: nil, userId: nil, day: '2026-02-30', kind: 'praise', description: '表扬' },
    field: 'day',
    as: 'manager_east',
  },
  'POST /api/praise/:id/evidence': { url: '/api/praise/123/evidence', field: 'id', as: 'manager_east' },
};
