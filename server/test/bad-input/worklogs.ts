import { type BadInputCases, nil } from './types.js';

/** OPS-1/OPS-7: a log's day is a date, its texts bounded; a review's verdict a known choice. */
export const worklogsCases: BadInputCases = {
  'PUT /api/worklogs/mine/:day': {
    url: '/api/worklogs/mine/2026-02-30',
    body: { done: '拜访' },
    field: 'day',
    as: 'rep01',
  },
  'POST /api/worklogs/mine/:day/submit': {
    url: '/api/worklogs/mine/2026-03-02/submit',
    body: { done: 'x'.repeat(5001) },
    field: 'done',
    as: 'rep01',
  },
  'POST /api/worklogs/:id/review': {
    url: `/api/worklogs/${nil}/review`,
    body: { verdict: 'maybe' },
    field: 'verdict',
    as: 'sup_east1',
  },
};

/** OPS-7: a summary's month is YYYY-MM; marking read takes no input. */
export const supervisionCases: BadInputCases = {
  'PUT /api/month-summaries/mine/:month': {
    url: '/api/month-summaries/mine/2026-13',
    body: { results: '业绩' },
    field: 'month',
    as: 'sup_east1',
  },
  'POST /api/month-summaries/mine/:month/submit': {
    url: '/api/month-summaries/mine/2026-02/submit',
    body: { results: 42 },
    field: 'results',
    as: 'sup_east1',
  },
  'POST /api/month-summaries/:id/read': {
    url: '/api/month-summaries/not-a-uuid/read',
    field: 'id',
    as: 'manager_east',
  },
};

/** OPS-1: a trip's return is not before its departure; cancelling needs a reason. */
export const visitTripsCases: BadInputCases = {
  'POST /api/visit-trips': {
    url: '/api/visit-trips',
    body: { departsOn: '2026-03-05', returnsOn: '2026-03-04', destination: '苏州', purpose: '拜访' },
    field: 'returnsOn',
    as: 'rep01',
  },
  'POST /api/visit-trips/:id/return': {
    url: '/api/visit-trips/not-a-uuid/return',
    field: 'id',
    as: 'rep01',
  },
  'POST /api/visit-trips/:id/cancel': {
    url: `/api/visit-trips/${nil}/cancel`,
    body: { reason: '   ' },
    field: 'reason',
    as: 'rep01',
  },
};
