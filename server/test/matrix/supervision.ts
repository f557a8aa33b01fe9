import type { MatrixRows, Role } from './roles.js';

/**
 * OPS-7: the review queue is for those who review work logs; monthly summaries are written by
 * those who lead people and read up the chain (the GM reads all).
 */
const reviewers: Role[] = ['supervisor', 'manager', 'regional', 'director'];
const readers: Role[] = ['supervisor', 'manager', 'regional', 'director', 'gm'];
const read = { permission: 'month_summary:read', allow: readers };
const write = { permission: 'month_summary:write', allow: reviewers };

export const supervisionMatrix: MatrixRows = {
  'GET /api/supervision/queue': { permission: 'worklog:review', allow: reviewers },
  'GET /api/month-summaries': read,
  'GET /api/month-summaries/mine/:month': write,
  'PUT /api/month-summaries/mine/:month': write,
  'POST /api/month-summaries/mine/:month/submit': write,
  'GET /api/month-summaries/:id': read,
  'POST /api/month-summaries/:id/read': read,
};
