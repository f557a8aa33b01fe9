import type { MatrixRows, Role } from './roles.js';

/**
 * DOC-1 … DOC-4: the catalogue is read by those in sales (each in their scope), kept by the
 * assistant and the director; anyone may ask to borrow; those who lead people and the room
 * approve loans and record returns; the catalogue is exported by the GM, the director and the
 * assistant.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const keepers: Role[] = ['assistant', 'director'];
const lenders: Role[] = ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const read = { permission: 'document:read', allow: readers };
const manage = { permission: 'document:manage', allow: keepers };
const borrow = { permission: 'document:borrow', allow: 'all' as const };
const lend = { permission: 'document:lend', allow: lenders };

export const documentsMatrix: MatrixRows = {
  'GET /api/documents': read,
  'GET /api/documents/export': { permission: 'document:export', allow: ['assistant', 'director', 'gm'] },
  'GET /api/documents/:id': read,
  'POST /api/documents': manage,
  'PATCH /api/documents/:id': manage,
  'POST /api/documents/:id/review': manage,
  'POST /api/documents/:id/versions': manage,
  'GET /api/documents/:id/versions/:fileId': read,
  'GET /api/document-borrows': borrow,
  'GET /api/document-borrows/:id': borrow,
  'POST /api/document-borrows': borrow,
  'POST /api/document-borrows/:id/approve': lend,
  'POST /api/document-borrows/:id/reject': lend,
  'POST /api/document-borrows/:id/withdraw': borrow,
  'POST /api/document-borrows/:id/sign': borrow,
  'POST /api/document-borrows/:id/return': lend,
  'GET /api/document-borrows/:id/signature': borrow,
};
