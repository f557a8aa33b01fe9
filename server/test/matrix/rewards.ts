import type { MatrixRows, Role } from './roles.js';

/**
 * INC-6: everyone reads the reward catalogue and redeems their own points (their own redemptions,
 * and those they are asked to approve, by scope); the sales assistant and HR keep the catalogue
 * and hand the rewards over.
 */
const keepers: Role[] = ['assistant', 'hr'];
const read = { permission: 'reward:read', allow: 'all' as const };
const redeem = { permission: 'reward:redeem', allow: 'all' as const };
const manage = { permission: 'reward:manage', allow: keepers };

export const rewardsMatrix: MatrixRows = {
  'GET /api/rewards/items': read,
  'GET /api/rewards/items/:id': read,
  'POST /api/rewards/items': manage,
  'PUT /api/rewards/items/:id': manage,
  'GET /api/rewards/balance': redeem,
  'GET /api/rewards/redemptions': read,
  'GET /api/rewards/redemptions/:id': read,
  'POST /api/rewards/redemptions': redeem,
  'POST /api/rewards/redemptions/:id/withdraw': redeem,
  'POST /api/rewards/redemptions/:id/fulfil': manage,
};
