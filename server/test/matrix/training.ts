import type { MatrixRows, Role } from './roles.js';

/** OPS-8: training is published to everyone; HR and those who lead run it and write development plans. */
const read = { permission: 'training:read', allow: 'all' as const };
const leads: Role[] = ['supervisor', 'manager', 'regional', 'director', 'hr'];
const manage = { permission: 'training:manage', allow: leads };
const planRead = {
  permission: 'dev_plan:read',
  allow: ['rep', 'supervisor', 'manager', 'regional', 'director', 'gm', 'hr'] as Role[],
};
const planWrite = { permission: 'dev_plan:write', allow: leads };

export const trainingMatrix: MatrixRows = {
  'GET /api/training/sessions': read,
  'POST /api/training/sessions': manage,
  'GET /api/training/mine': read,
  'GET /api/training/sessions/:id': read,
  'GET /api/training/sessions/:id/export': manage,
  'POST /api/training/sessions/:id/attendance': manage,
  'POST /api/training/sessions/:id/results': manage,
  'GET /api/dev-plans': planRead,
  'POST /api/dev-plans': planWrite,
  'GET /api/dev-plans/:id': planRead,
  'POST /api/dev-plans/:id/review': planWrite,
};
