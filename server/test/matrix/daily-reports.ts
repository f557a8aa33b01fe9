import type { MatrixRows, Role } from './roles.js';

/** OPS-2/OPS-7: reps write their own reports, supervisors and those above review; the assistant and the GM read. */
const read = {
  permission: 'daily_report:read',
  allow: ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'] as Role[],
};
const write = {
  permission: 'daily_report:write',
  allow: ['rep', 'supervisor', 'manager', 'regional', 'director'] as Role[],
};
const review = {
  permission: 'daily_report:review',
  allow: ['supervisor', 'manager', 'regional', 'director'] as Role[],
};

export const dailyReportsMatrix: MatrixRows = {
  'GET /api/daily-reports': read,
  'GET /api/daily-reports/export': read,
  'GET /api/daily-reports/:id': read,
  // Today's reports of my own unit: nothing to refuse in `{}`.
  'POST /api/daily-reports/generate': { ...write, status: 200 },
  'PATCH /api/daily-reports/:id': write,
  'POST /api/daily-reports/:id/submit': write,
  'POST /api/daily-reports/:id/review': review,
};
