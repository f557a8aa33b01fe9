import type { MatrixRows, Role } from './roles.js';

/** Q2C-2 … Q2C-4: the sales staff write quotes and report order intents in their scope; the GM reads them. */
const writers: Role[] = ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'];
const readers: Role[] = [...writers, 'gm'];
const read = { permission: 'quote:read', allow: readers };
const write = { permission: 'quote:write', allow: writers };

export const quotesMatrix: MatrixRows = {
  'GET /api/quotes': read,
  'GET /api/quotes/:id': read,
  'POST /api/quotes': write,
  'PATCH /api/quotes/:id': write,
  'POST /api/quotes/:id/submit': write,
  'POST /api/quotes/:id/send': write,
  'POST /api/quotes/:id/accept': write,
  'POST /api/quotes/:id/decline': write,
  'GET /api/order-intents': read,
  'POST /api/order-intents': write,
  // Q2C-4: whoever it was reported to (or above) acknowledges; the use case checks who.
  'POST /api/order-intents/:id/acknowledge': read,
};
