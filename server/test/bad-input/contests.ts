import { type BadInputCases, nil } from './types.js';

/** INC-9: a contest ends on or after its start, names somebody, and a metric the indicators have. */
export const contestsCases: BadInputCases = {
  'POST /api/contests': {
    url: '/api/contests',
    body: {
      name: '赛',
      fromOn: '2026-03-10',
      toOn: '2026-03-01',
      metric: 'collected_amount',
      userIds: [nil],
    },
    field: 'toOn',
    as: 'manager_east',
  },
  'PATCH /api/contests/:id': {
    url: `/api/contests/${nil}`,
    body: { name: '赛', fromOn: '2026-03-01', toOn: '2026-03-31', metric: 'profit', userIds: [nil] },
    field: 'metric',
    as: 'manager_east',
  },
  'POST /api/contests/:id/start': {
    url: '/api/contests/123/start',
    field: 'id',
    as: 'manager_east',
  },
  'POST /api/contests/:id/close': {
    url: '/api/contests/123/close',
    field: 'id',
    as: 'manager_east',
  },
};
