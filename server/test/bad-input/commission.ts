import { type BadInputCases, nil } from './types.js';

/** INC-1: plans name a role and month and ascending tiers from 0; statements a month; ids are uuids. */
export const commissionCases: BadInputCases = {
  'POST /api/commission/plans': {
    url: '/api/commission/plans',
    body: {
      name: '方案',
      roleCode: 'sales_rep',
      effectiveFrom: '2026-03',
      method: 'marginal',
      tiers: [
        { fromBp: 0, rateBp: 500 },
        { fromBp: 0, rateBp: 1000 },
      ],
    },
    field: 'tiers',
    as: 'director',
  },
  'PUT /api/commission/plans/:id': {
    url: `/api/commission/plans/${nil}`,
    body: {
      name: '方案',
      roleCode: 'sales_rep',
      effectiveFrom: '2026-13',
      method: 'marginal',
      tiers: [{ fromBp: 0, rateBp: 500 }],
    },
    field: 'effectiveFrom',
    as: 'director',
  },
  'POST /api/commission/plans/:id/revise': {
    url: '/api/commission/plans/123/revise',
    field: 'id',
    as: 'director',
  },
  'POST /api/commission/plans/:id/submit': {
    url: '/api/commission/plans/123/submit',
    field: 'id',
    as: 'director',
  },
  'POST /api/commission/statements/generate': {
    url: '/api/commission/statements/generate',
    body: { period: '2026-3' },
    field: 'period',
    as: 'sup_east1',
  },
  'POST /api/commission/statements/:id/regenerate': {
    url: '/api/commission/statements/123/regenerate',
    field: 'id',
    as: 'sup_east1',
  },
  'POST /api/commission/statements/:id/submit': {
    url: '/api/commission/statements/123/submit',
    field: 'id',
    as: 'rep01',
  },
  'POST /api/commission/periods/close': {
    url: '/api/commission/periods/close',
    body: { period: 'March' },
    field: 'period',
    as: 'finance',
  },
};
