import { type BadInputCases, nil } from './types.js';

/** INC-6: a reward's value is fen in digits and its stock a whole number; a redemption names a reward and a quantity of 1–100. */
export const rewardsCases: BadInputCases = {
  'POST /api/rewards/items': {
    url: '/api/rewards/items',
    body: { name: '保温杯', kind: 'gift', valueFen: '12.5' },
    field: 'valueFen',
    as: 'hr',
  },
  'PUT /api/rewards/items/:id': {
    url: `/api/rewards/items/${nil}`,
    body: { name: '保温杯', kind: 'gift', valueFen: '1000', stock: -1 },
    field: 'stock',
    as: 'hr',
  },
  'POST /api/rewards/redemptions': {
    url: '/api/rewards/redemptions',
    body: { itemId: nil, quantity: 0 },
    field: 'quantity',
    as: 'rep01',
  },
  'POST /api/rewards/redemptions/:id/withdraw': {
    url: '/api/rewards/redemptions/123/withdraw',
    field: 'id',
    as: 'rep01',
  },
  'POST /api/rewards/redemptions/:id/fulfil': {
    url: '/api/rewards/redemptions/123/fulfil',
    field: 'id',
    as: 'hr',
  },
};
