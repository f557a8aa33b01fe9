import { type BadInputCases, nil } from './types.js';

/** VIS-1: a visit moves to a day written YYYY-MM-DD, not before today; only a visit not yet begun moves. */
export const visitComplianceCases: BadInputCases = {
  'POST /api/visits/:id/move': {
    url: `/api/visits/${nil}/move`,
    body: { plannedOn: '2026-3-9' },
    field: 'plannedOn',
    as: 'rep01',
  },
};
