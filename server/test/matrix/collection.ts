import type { MatrixRows, Role } from './roles.js';

/** AR-5/AR-9: the sales line, the GM and finance read receivables in their scope; reps do not export. */
const readers: Role[] = [
  'rep',
  'supervisor',
  'assistant',
  'manager',
  'regional',
  'director',
  'gm',
  'finance',
];
const read = { permission: 'receivable:read', allow: readers };
/** AR-8: write-offs are requested by managers, the director and finance (the GM approves). */
const writeOff = {
  permission: 'writeoff:request',
  allow: ['manager', 'regional', 'director', 'finance'] as Role[],
};

/** AR-5, AR-6, AR-8, AR-9: receivables, aging, dunning, escalation, legal status, write-offs. */
export const collectionMatrix: MatrixRows = {
  'GET /api/receivables': read,
  'GET /api/receivables/export': {
    permission: 'receivable:export',
    allow: ['supervisor', 'assistant', 'manager', 'regional', 'director', 'gm', 'finance'],
  },
  'GET /api/receivables/aging': read,
  // The summary needs its period (from, to).
  'GET /api/receivables/summary': { ...read, status: 400 },
  'GET /api/dunning/runs': read,
  // AR-6: the month's run is due from the 31st (the test clock stands at 2 March).
  'POST /api/dunning/runs': { permission: 'dunning:run', allow: ['finance'], status: 422 },
  'GET /api/dunning/items': read,
  // AR-6: those with direct reports pass the month's items on to them (none named: all that wait).
  'POST /api/dunning/dispatch': {
    permission: 'dunning:dispatch',
    allow: ['supervisor', 'manager', 'regional', 'director', 'gm'],
    status: 200,
  },
  'POST /api/dunning/items/:id/outcome': {
    permission: 'dunning:outcome',
    allow: ['rep', 'supervisor', 'assistant', 'manager', 'regional', 'director'],
  },
  'PUT /api/contracts/:id/legal-status': { permission: 'receivable:legal', allow: ['director', 'finance'] },
  'GET /api/write-offs': read,
  'POST /api/write-offs': writeOff,
  'POST /api/write-offs/:id/submit': writeOff,
};
