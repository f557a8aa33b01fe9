import type { MatrixRows, Role } from './roles.js';

/** CUS-2: everyone in sales keeps the register; the receptionist too (roles/presets.ts). */
const sales: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const registerReaders: Role[] = [...sales, 'gm', 'receptionist'];
const registerWriters: Role[] = [...sales, 'receptionist'];
/** CUS-4: leads are customer records (customer:read / customer:write). */
const customerReaders: Role[] = [...sales, 'gm', 'finance'];

/** The first-contact register (CUS-2) and lead qualification (CUS-4). */
export const inquiryMatrix: MatrixRows = {
  'GET /api/inquiries': { permission: 'inquiry:read', allow: registerReaders },
  'GET /api/inquiries/:id': { permission: 'inquiry:read', allow: registerReaders },
  'GET /api/inquiries/assignees': { permission: 'inquiry:create', allow: registerWriters },
  'POST /api/inquiries': { permission: 'inquiry:create', allow: registerWriters },
  'POST /api/inquiries/:id/convert': { permission: 'inquiry:create', allow: registerWriters },
  'POST /api/inquiries/:id/link': { permission: 'inquiry:create', allow: registerWriters },
  'GET /api/leads/criteria': { permission: 'customer:read', allow: customerReaders },
  'PUT /api/customers/:id/qualification': { permission: 'customer:write', allow: sales },
  'POST /api/customers/:id/convert': { permission: 'customer:write', allow: sales },
};
