import type { MatrixRows, Role } from './roles.js';

/** Q2C-5 … Q2C-8, CUS-9: contracts, supplements, review chain, signing entry and verification. */
const writers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const read = { permission: 'contract:read', allow: [...writers, 'gm', 'finance'] as Role[] };
const write = { permission: 'contract:write', allow: writers };
/** Q2C-7: the assistant enters the signed contract; a second person (assistant, director, finance) verifies. */
const enter = { permission: 'contract:enter', allow: ['assistant'] as Role[] };
const verify = { permission: 'contract:verify', allow: ['assistant', 'director', 'finance'] as Role[] };

export const contractsMatrix: MatrixRows = {
  'GET /api/contracts': read,
  'GET /api/contracts/:id': read,
  'POST /api/contracts': write,
  'PATCH /api/contracts/:id': write,
  'POST /api/contracts/:id/submit': write,
  'GET /api/contracts/:id/scan': read,
  'POST /api/contracts/:id/scan': enter,
  'GET /api/contracts/:id/scan/:fileId': read,
  'DELETE /api/contracts/:id/scan/:fileId': enter,
  'POST /api/contracts/:id/enter': enter,
  'POST /api/contracts/:id/verify': verify,
  'POST /api/contracts/:id/return-entry': verify,
};
