import type { MatrixRows, Role } from './roles.js';

/** ORG-3/ORG-5: those with people below them read their team's figures (团队); a rep has no team. */
const superiors: Role[] = ['supervisor', 'manager', 'regional', 'director', 'gm'];

export const teamMatrix: MatrixRows = {
  'GET /api/team': { permission: 'team:read', allow: superiors },
  'GET /api/team/:id': { permission: 'team:read', allow: superiors },
};
