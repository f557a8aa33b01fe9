import { type BadInputCases, nil } from './types.js';

/**
 * PLAN-2/PLAN-3: a split names its unit, year and metric; its lines a child and thirteen figures
 * in digits; a split by weights a whole weight per child; an import an uploaded sheet.
 */
export const targetSetsCases: BadInputCases = {
  'POST /api/target-sets': {
    url: '/api/target-sets',
    body: { unitId: nil, year: 1999, metric: 'signed_amount' },
    field: 'year',
    as: 'director',
  },
  'PUT /api/target-sets/:id/lines': {
    url: `/api/target-sets/${nil}/lines`,
    body: {
      children: [{ type: 'unit', id: nil, year: '12.5', months: Array.from({ length: 12 }, () => '0') }],
    },
    field: 'children.0.year',
    as: 'director',
  },
  'POST /api/target-sets/:id/split': {
    url: `/api/target-sets/${nil}/split`,
    body: { method: 'weights', children: [{ type: 'unit', id: nil, weight: 1.5 }] },
    field: 'children.0.weight',
    as: 'director',
  },
  'POST /api/target-sets/:id/submit': {
    url: '/api/target-sets/123/submit',
    body: {},
    field: 'id',
    as: 'director',
  },
  // Not multipart / no file: a field message on `file`.
  'POST /api/target-sets/:id/import': {
    url: `/api/target-sets/${nil}/import`,
    body: {},
    field: 'file',
    as: 'director',
  },
};
