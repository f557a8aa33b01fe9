import type { MatrixRows, Role } from './roles.js';

/**
 * OPS-1: work logs are read by the rep (their own), the assistant and up the chain; written by the
 * sales line (a rep their own); OPS-7: reviewed by those who lead people.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const writers: Role[] = ['rep', 'supervisor', 'manager', 'regional', 'director'];
const reviewers: Role[] = ['supervisor', 'manager', 'regional', 'director'];
const read = { permission: 'worklog:read', allow: readers };
const write = { permission: 'worklog:write', allow: writers };

export const worklogsMatrix: MatrixRows = {
  'GET /api/worklogs': read,
  'GET /api/worklogs/mine/:day': write,
  'PUT /api/worklogs/mine/:day': write,
  'POST /api/worklogs/mine/:day/submit': write,
  'GET /api/worklogs/:id': read,
  'POST /api/worklogs/:id/review': { permission: 'worklog:review', allow: reviewers },
};
