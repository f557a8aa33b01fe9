import type { MatrixRows } from './roles.js';

export const customerMatrix: MatrixRows = {};
