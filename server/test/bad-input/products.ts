import { type BadInputCases, nil } from './types.js';

/** Q2C-1: prices are fen digit strings; names and codes are required. */
export const productsCases: BadInputCases = {
  'POST /api/product-categories': {
    url: '/api/product-categories',
    body: { name: '  ' },
    field: 'name',
    as: 'director',
  },
  'POST /api/products': {
    url: '/api/products',
    body: { code: 'X-1', name: '泵', unit: '台', listPriceFen: '12.50' },
    field: 'listPriceFen',
    as: 'director',
  },
  'PATCH /api/products/:id': {
    url: `/api/products/${nil}`,
    body: { status: 'sold-out' },
    field: 'status',
    as: 'director',
  },
  'PUT /api/products/:id/price': {
    url: `/api/products/${nil}/price`,
    body: { listPriceFen: '100', floorPriceFen: '-1', reason: '调价' },
    field: 'floorPriceFen',
    as: 'director',
  },
};
