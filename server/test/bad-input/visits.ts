import { type BadInputCases, nil } from './types.js';

/**
 * VIS-4: a visit names a customer, a purpose from the list, a date and hours; a check-in carries
 * the position only with `ok`; a check-out the outcome; a cancel its reason; a person a name.
 */
export const visitsCases: BadInputCases = {
  'POST /api/visits': {
    url: '/api/visits',
    body: { customerId: nil, purpose: 'sightseeing', plannedOn: '2026-03-02', plannedMinutes: 60 },
    field: 'purpose',
    as: 'rep01',
  },
  'POST /api/visits/:id/prepare': {
    url: `/api/visits/${nil}/prepare`,
    body: { contactName: '王经理', contactedAt: '2026-03-01T06:00:00Z', expenseFen: '1.5' },
    field: 'expenseFen',
    as: 'rep01',
  },
  'POST /api/visits/:id/check-in': {
    url: `/api/visits/${nil}/check-in`,
    body: { location: 'ok', lat: 91, lng: 121.47, accuracyM: 20 },
    field: 'lat',
    as: 'rep01',
  },
  'POST /api/visits/:id/check-out': {
    url: `/api/visits/${nil}/check-out`,
    body: { location: 'denied', outcome: ' ' },
    field: 'outcome',
    as: 'rep01',
  },
  'POST /api/visits/:id/cancel': {
    url: `/api/visits/${nil}/cancel`,
    body: { reason: '' },
    field: 'reason',
    as: 'rep01',
  },
  'POST /api/visits/:id/people': {
    url: `/api/visits/${nil}/people`,
    body: { title: '厂长' },
    field: 'name',
    as: 'rep01',
  },
  'DELETE /api/visits/:id/people/:personId': {
    url: `/api/visits/${nil}/people/x`,
    field: 'personId',
    as: 'rep01',
  },
  // Not multipart, and the id is checked first: the field named is the id.
  'POST /api/visits/:id/photos': { url: '/api/visits/123/photos', field: 'id', as: 'rep01' },
  'DELETE /api/visits/:id/photos/:fileId': {
    url: `/api/visits/${nil}/photos/x`,
    field: 'fileId',
    as: 'rep01',
  },
};
