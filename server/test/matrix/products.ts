import type { MatrixRows } from './roles.js';

/** Q2C-1: the product catalogue and its versioned prices. */
export const productsMatrix: MatrixRows = {};
