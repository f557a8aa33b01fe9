import type { MatrixRows } from './roles.js';

export const poolMatrix: MatrixRows = {};
