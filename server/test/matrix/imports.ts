import type { MatrixRows, Role } from './roles.js';

/** CUS-1 import (item 9): customer:import is held by the director, regional and sales managers, and assistants. */
const importers: Role[] = ['assistant', 'manager', 'regional', 'director'];

export const importMatrix: MatrixRows = {
  'GET /api/customers/import/template': { permission: 'customer:import', allow: importers },
  'POST /api/customers/import': { permission: 'customer:import', allow: importers },
  'GET /api/customers/imports': { permission: 'customer:import', allow: importers },
  'GET /api/customers/import/:id': { permission: 'customer:import', allow: importers },
  'GET /api/customers/import/:id/errors': { permission: 'customer:import', allow: importers },
};
