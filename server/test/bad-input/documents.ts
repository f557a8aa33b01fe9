import { type BadInputCases, nil } from './types.js';

/**
 * DOC-1 … DOC-4: a document has a title, a known category and level; a review names its
 * decision (a disposal its reason); a loan names the document and the purpose; a signature is a
 * PNG data URL; a rejection has a reason.
 */
export const documentsCases: BadInputCases = {
  'POST /api/documents': {
    url: '/api/documents',
    body: { title: ' ', category: 'meeting_minutes', confidentiality: 'public' },
    field: 'title',
    as: 'assistant_east',
  },
  'PATCH /api/documents/:id': {
    url: `/api/documents/${nil}`,
    body: { confidentiality: 'secret' },
    field: 'confidentiality',
    as: 'assistant_east',
  },
  'POST /api/documents/:id/review': {
    url: `/api/documents/${nil}/review`,
    body: { decision: 'dispose', reason: ' ' },
    field: 'reason',
    as: 'assistant_east',
  },
  'POST /api/documents/:id/versions': {
    url: '/api/documents/123/versions',
    field: 'id',
    as: 'assistant_east',
  },
  'POST /api/document-borrows': {
    url: '/api/document-borrows',
    body: { documentId: nil, purpose: ' ' },
    field: 'purpose',
    as: 'rep01',
  },
  'POST /api/document-borrows/:id/approve': {
    url: `/api/document-borrows/${nil}/approve`,
    body: { note: 42 },
    field: 'note',
    as: 'assistant_east',
  },
  'POST /api/document-borrows/:id/reject': {
    url: `/api/document-borrows/${nil}/reject`,
    body: { reason: '  ' },
    field: 'reason',
    as: 'assistant_east',
  },
  'POST /api/document-borrows/:id/withdraw': {
    url: '/api/document-borrows/123/withdraw',
    field: 'id',
    as: 'rep01',
  },
  'POST /api/document-borrows/:id/sign': {
    url: `/api/document-borrows/${nil}/sign`,
    body: { signature: 'data:image/gif;base64,R0lGOD' },
    field: 'signature',
    as: 'rep01',
  },
  'POST /api/document-borrows/:id/return': {
    url: `/api/document-borrows/${nil}/return`,
    body: { note: 42 },
    field: 'note',
    as: 'assistant_east',
  },
};
