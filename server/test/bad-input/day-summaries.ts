import { type BadInputCases, nil } from './types.js';

/** OPS-3: remarks are text of bounded length; the summary is named by its id. */
export const daySummariesCases: BadInputCases = {
  'POST /api/day-summaries/:id/remarks': {
    url: `/api/day-summaries/${nil}/remarks`,
    body: { remarks: 'x'.repeat(4001) },
    field: 'remarks',
    as: 'assistant_east',
  },
  'POST /api/day-summaries/:id/send': {
    url: '/api/day-summaries/123/send',
    body: {},
    field: 'id',
    as: 'assistant_east',
  },
};
