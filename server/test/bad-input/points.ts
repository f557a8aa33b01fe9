import { type BadInputCases, nil } from './types.js';

/** INC-4: a manual award names a person, one of the manual rules, whole points and a reason. */
export const pointsCases: BadInputCases = {
  'POST /api/points/award-requests': {
    url: '/api/points/award-requests',
    body: { userId: nil, rule: 'month_target_met', reason: '业绩好' },
    field: 'rule',
    as: 'sup_east1',
  },
};
