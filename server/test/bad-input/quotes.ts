import type { BadInputCases } from './types.js';

/** Q2C-2 … Q2C-4: quotes, their review and approval, and order intents. */
export const quotesCases: BadInputCases = {};
