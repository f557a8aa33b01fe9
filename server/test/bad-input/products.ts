import type { BadInputCases } from './types.js';

/** Q2C-1: the product catalogue and its versioned prices. */
export const productsCases: BadInputCases = {};
