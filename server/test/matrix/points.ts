import type { MatrixRows, Role } from './roles.js';

/**
 * INC-2 … INC-6: everyone reads their own points (and leaders their people's); the points board
 * is published to all; those who lead people (and HR) propose extra points for their scope.
 */
const proposers: Role[] = ['supervisor', 'manager', 'regional', 'director', 'hr'];
const read = { permission: 'points:read', allow: 'all' as const };
const board = { permission: 'points:board', allow: 'all' as const };

export const pointsMatrix: MatrixRows = {
  'GET /api/points/summary': read,
  'GET /api/points/history': read,
  'GET /api/points/award-requests': read,
  'GET /api/points/award-requests/:id': read,
  'POST /api/points/award-requests': { permission: 'points:award', allow: proposers },
  'GET /api/points/board': board,
  'GET /api/points/board/export': board,
};
