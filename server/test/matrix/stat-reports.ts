import type { MatrixRows, Role } from './roles.js';

/**
 * OPS-4: the statistics reports are read by the unit's people who lead or produce them — the
 * supervisor (their team), the assistant, the managers, the director and the GM; they are made
 * on request (weekly) and analysed by those who produce the statistics (not the supervisor).
 */
const readers: Role[] = ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const producers: Role[] = ['assistant', 'manager', 'regional', 'director', 'gm'];
const read = { permission: 'stat_report:read', allow: readers };
const generate = { permission: 'stat_report:generate', allow: producers };

export const statReportsMatrix: MatrixRows = {
  'GET /api/stat-reports': read,
  'GET /api/stat-reports/:id': read,
  'GET /api/stat-reports/:id/export': read,
  'POST /api/stat-reports': generate,
  'PATCH /api/stat-reports/:id': generate,
};
