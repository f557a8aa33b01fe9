import type { MatrixRows, Role } from './roles.js';

/**
 * INC-8: below-target cases are read by the person (their own) and up their chain — the
 * supervisor, the managers, the director and the GM — and by HR; worked by those who lead
 * people (not the person, not HR); exported by HR, the director and the GM.
 */
const readers: Role[] = ['rep', 'supervisor', 'manager', 'regional', 'director', 'gm', 'hr'];
const workers: Role[] = ['supervisor', 'manager', 'regional', 'director'];
const read = { permission: 'perf_case:read', allow: readers };
const write = { permission: 'perf_case:write', allow: workers };

export const performanceCasesMatrix: MatrixRows = {
  'GET /api/performance-cases': read,
  'GET /api/performance-cases/export': { permission: 'perf_case:export', allow: ['director', 'gm', 'hr'] },
  'GET /api/performance-cases/:id': read,
  'POST /api/performance-cases/:id/interview': write,
  'POST /api/performance-cases/:id/plan': write,
  'POST /api/performance-cases/:id/decision': write,
  'POST /api/performance-cases/:id/outcome': write,
};
