import type { MatrixRows } from './roles.js';

/** Q2C-2 … Q2C-4: quotes, their review and approval, and order intents. */
export const quotesMatrix: MatrixRows = {};
