import type { MatrixRows, Role } from './roles.js';

/**
 * SVC-1/CUS-5: everyone in sales (and the receptionist) opens tickets for any customer and sees
 * the ones they opened or may read; sales people work them; those who lead people export.
 */
const sales: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const open = { permission: 'service_ticket:create', allow: [...sales, 'gm', 'receptionist'] as Role[] };
const handle = { permission: 'service_ticket:handle', allow: sales };

export const serviceMatrix: MatrixRows = {
  'GET /api/service-tickets': open,
  'GET /api/service-tickets/export': {
    permission: 'service_ticket:export',
    allow: ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'],
  },
  'GET /api/service-tickets/customers': { ...open, status: 400 },
  'GET /api/service-tickets/:id': open,
  'POST /api/service-tickets': open,
  'POST /api/service-tickets/:id/status': handle,
  'POST /api/service-tickets/:id/assign': handle,
  'POST /api/service-tickets/:id/return': { permission: 'return:write', allow: sales },
};
