import type { MatrixRows, Role } from './roles.js';

/** OPS-3: the assistant sends the unit's end-of-day summary; those who lead read it. */
const read = {
  permission: 'day_summary:read',
  allow: ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'] as Role[],
};
const send = { permission: 'day_summary:send', allow: ['assistant'] as Role[] };

export const daySummariesMatrix: MatrixRows = {
  'GET /api/day-summaries': read,
  'GET /api/day-summaries/mine': send,
  'GET /api/day-summaries/:id': read,
  'POST /api/day-summaries/:id/remarks': send,
  'POST /api/day-summaries/:id/send': send,
};
