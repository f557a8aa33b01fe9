import { type BadInputCases, nil } from './types.js';

/** OPS-6: a late arrival says when, an excuse says why, an assignment says what and by when. */
export const meetingsCases: BadInputCases = {
  'POST /api/meetings/open': {
    url: '/api/meetings/open',
    body: { unitId: 42 },
    field: 'unitId',
    as: 'sup_east1',
  },
  'PATCH /api/meetings/:id': {
    url: `/api/meetings/${nil}`,
    body: { minutes: 'x'.repeat(8001) },
    field: 'minutes',
    as: 'sup_east1',
  },
  'POST /api/meetings/:id/attendance': {
    url: `/api/meetings/${nil}/attendance`,
    body: { userId: nil, status: 'late' },
    field: 'arrivedAt',
    as: 'sup_east1',
  },
  'POST /api/meetings/:id/assignments': {
    url: `/api/meetings/${nil}/assignments`,
    body: { assigneeId: nil, content: '', dueAt: '2026-03-02T18:00:00+08:00' },
    field: 'content',
    as: 'sup_east1',
  },
  'POST /api/meetings/:id/close': {
    url: `/api/meetings/${nil}/close`,
    status: 404,
    code: 'NOT_FOUND',
    as: 'sup_east1',
  },
};
