import { type BadInputCases, nil } from './types.js';

/** OPS-8: a session needs a trainer, an end after its start and an audience; a result a score 0–100. */
export const trainingCases: BadInputCases = {
  'POST /api/training/sessions': {
    url: '/api/training/sessions',
    body: {
      topic: 'product',
      title: '产品培训',
      trainerName: '讲师',
      startsAt: '2026-03-05T08:00:00Z',
      endsAt: '2026-03-05T06:00:00Z',
      place: '会议室',
      userIds: [nil],
    },
    field: 'endsAt',
    as: 'hr',
  },
  'POST /api/training/sessions/:id/attendance': {
    url: `/api/training/sessions/${nil}/attendance`,
    body: { items: [{ attendeeId: nil, attendance: 'maybe' }] },
    field: 'items.0.attendance',
    as: 'hr',
  },
  'POST /api/training/sessions/:id/results': {
    url: `/api/training/sessions/${nil}/results`,
    body: { attendeeId: nil, score: 101 },
    field: 'score',
    as: 'hr',
  },
  'POST /api/dev-plans': {
    url: '/api/dev-plans',
    body: { userId: nil, year: 2026, goals: '目标', actions: [{ action: '行动', dueOn: '2026-02-30' }] },
    field: 'actions.0.dueOn',
    as: 'sup_east1',
  },
  'POST /api/dev-plans/:id/review': {
    url: `/api/dev-plans/${nil}/review`,
    body: { comment: ' ' },
    field: 'comment',
    as: 'sup_east1',
  },
};
