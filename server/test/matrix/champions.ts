import type { MatrixRows, Role } from './roles.js';

/**
 * INC-7: the champions are published to everyone; the director and the GM record their rewards
 * (approved through champions.rewardApprovers).
 */
const managers: Role[] = ['director', 'gm'];
const read = { permission: 'champion:read', allow: 'all' as const };
const manage = { permission: 'champion:manage', allow: managers };

export const championsMatrix: MatrixRows = {
  'GET /api/champions': read,
  'GET /api/champions/current': read,
  'GET /api/champions/:id': read,
  'POST /api/champions/:id/rewards': manage,
  'GET /api/champion-rewards': manage,
  'PATCH /api/champion-rewards/:id': manage,
  'POST /api/champion-rewards/:id/submit': manage,
};
