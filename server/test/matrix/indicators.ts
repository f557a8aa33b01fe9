import type { MatrixRows, Role } from './roles.js';

/**
 * PLAN-5/PLAN-6: everyone in sales reads the indicators and the completion board of their scope
 * (a rep their own); those who lead people and the assistant export them; superiors coach
 * (coaching:write) and the coached read their own records.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const exporters: Role[] = ['assistant', 'manager', 'regional', 'director', 'gm'];
const coachReaders: Role[] = ['rep', 'supervisor', 'manager', 'regional', 'director', 'gm'];
const coaches: Role[] = ['supervisor', 'manager', 'regional', 'director'];

export const indicatorsMatrix: MatrixRows = {
  'GET /api/indicators': { permission: 'indicator:read', allow: readers },
  // The records of one figure name their subject, period and metric.
  'GET /api/indicators/records': { permission: 'indicator:read', allow: readers, status: 400 },
  'GET /api/indicators/export': { permission: 'indicator:export', allow: exporters },
  'GET /api/completion-board': { permission: 'indicator:read', allow: readers },
  'GET /api/coaching': { permission: 'coaching:read', allow: coachReaders },
  'GET /api/coaching/:id': { permission: 'coaching:read', allow: coachReaders },
  'POST /api/coaching': { permission: 'coaching:write', allow: coaches },
  'POST /api/coaching/:id/follow-up': { permission: 'coaching:write', allow: coaches },
};
