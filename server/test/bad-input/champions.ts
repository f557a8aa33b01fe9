import { type BadInputCases, nil } from './types.js';

/** INC-7: a bonus names its amount, a prize its name; a reward of a champion that does not exist is 404. */
export const championsCases: BadInputCases = {
  'POST /api/champions/:id/rewards': {
    url: `/api/champions/${nil}/rewards`,
    body: { kind: 'bonus', bonusFen: '12.5' },
    field: 'bonusFen',
    as: 'director',
  },
  'PATCH /api/champion-rewards/:id': {
    url: `/api/champion-rewards/${nil}`,
    body: { kind: 'prize', prize: '' },
    field: 'prize',
    as: 'director',
  },
  'POST /api/champion-rewards/:id/submit': {
    url: '/api/champion-rewards/123/submit',
    field: 'id',
    as: 'director',
  },
};
