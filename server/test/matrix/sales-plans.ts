import type { MatrixRows, Role } from './roles.js';

/**
 * PLAN-1/PLAN-5/ORG-6: everyone in sales reads the company's annual plan; the sales director
 * drafts it (the GM approves through the approval flow, not a permission) and enters the market
 * sizes.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const read = { permission: 'sales_plan:read', allow: readers };
const write = { permission: 'sales_plan:write', allow: ['director'] as Role[] };
const market = { permission: 'market:write', allow: ['director'] as Role[] };

export const salesPlansMatrix: MatrixRows = {
  'GET /api/sales-plans': read,
  'GET /api/sales-plans/of-year': read,
  'GET /api/sales-plans/:id': read,
  'POST /api/sales-plans': write,
  'PUT /api/sales-plans/:id': write,
  'POST /api/sales-plans/:id/submit': write,
  'POST /api/sales-plans/:id/revise': write,
  'GET /api/market-sizes': market,
  'PUT /api/market-sizes': market,
  'DELETE /api/market-sizes/:id': market,
};
