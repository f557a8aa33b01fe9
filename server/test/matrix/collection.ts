import type { MatrixRows } from './roles.js';

/** AR-5, AR-6, AR-8, AR-9: receivables, aging, dunning, escalation, legal status, write-offs. */
export const collectionMatrix: MatrixRows = {};
