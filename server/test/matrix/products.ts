import { everyone, type MatrixRows, type Role } from './roles.js';

/** Q2C-1: everyone reads the catalogue; the director and the assistant maintain it; only the director prices it. */
const read = { permission: 'product:read', allow: everyone };
const managers: Role[] = ['assistant', 'director'];
const manage = { permission: 'product:manage', allow: managers };
const price = { permission: 'product:price', allow: ['director'] as Role[] };

export const productsMatrix: MatrixRows = {
  'GET /api/product-categories': read,
  'POST /api/product-categories': manage,
  'GET /api/products': read,
  'GET /api/products/:id': read,
  'GET /api/products/:id/prices': read,
  'POST /api/products': manage,
  'PATCH /api/products/:id': manage,
  'PUT /api/products/:id/price': price,
};
