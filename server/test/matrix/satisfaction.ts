import type { MatrixRows, Role } from './roles.js';

/**
 * SVC-2/SVC-3: the customer's survey page needs no account (an unknown token is 404 to everyone);
 * surveys are read in scope by sales, its assistant and the GM, sent by sales and the assistant,
 * exported by those who lead people, the assistant and the GM; praise is read by the same and HR,
 * recorded by the assistant and those who lead people.
 */
const readers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const senders: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const exporters: Role[] = ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm'];
const recorders: Role[] = ['supervisor', 'assistant', 'manager', 'regional', 'director'];
const read = { permission: 'survey:read', allow: readers };
const send = { permission: 'survey:send', allow: senders };
const praiseRead = { permission: 'praise:read', allow: [...readers, 'hr'] as Role[] };
const praiseRecord = { permission: 'praise:record', allow: recorders };

export const satisfactionMatrix: MatrixRows = {
  'GET /api/public/surveys/:token': { permission: 'public', allow: 'all', status: 404 },
  'POST /api/public/surveys/:token': { permission: 'public', allow: 'all' },
  'GET /api/surveys': read,
  'GET /api/surveys/export': { permission: 'survey:export', allow: exporters },
  'GET /api/surveys/:id': read,
  'POST /api/surveys': send,
  'POST /api/surveys/:id/resend': send,
  'GET /api/praise': praiseRead,
  'GET /api/praise/:id': praiseRead,
  'POST /api/praise': praiseRecord,
  'GET /api/praise/:id/evidence': praiseRead,
  'POST /api/praise/:id/evidence': praiseRecord,
  'GET /api/praise/:id/evidence/:fileId': praiseRead,
};
