import type { MatrixRows, Role } from './roles.js';

/** OPS-10: sales people and the assistant record market information; the GM reads it; leads export. */
const writers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const read = { permission: 'market_intel:read', allow: [...writers, 'gm'] as Role[] };
const write = { permission: 'market_intel:write', allow: writers };

export const marketIntelMatrix: MatrixRows = {
  'GET /api/market-intel': read,
  'GET /api/market-intel/export': {
    permission: 'market_intel:export',
    allow: ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'],
  },
  'GET /api/market-intel/:id': read,
  'POST /api/market-intel': write,
  'PUT /api/market-intel/:id': write,
};
