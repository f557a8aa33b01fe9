import { type BadInputCases, nil } from './types.js';

/** OPS-9: a suggestion has a title, content and a known category; declining needs a reason. */
export const suggestionsCases: BadInputCases = {
  'POST /api/suggestions': {
    url: '/api/suggestions',
    body: { title: ' ', content: '内容', category: 'process' },
    field: 'title',
    as: 'rep01',
  },
  'POST /api/suggestions/:id/adopt': {
    url: `/api/suggestions/${nil}/adopt`,
    body: { note: 42 },
    field: 'note',
    as: 'manager_east',
  },
  'POST /api/suggestions/:id/decline': {
    url: `/api/suggestions/${nil}/decline`,
    body: { reason: '  ' },
    field: 'reason',
    as: 'manager_east',
  },
};
