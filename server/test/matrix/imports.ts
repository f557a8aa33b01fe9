import type { MatrixRows } from './roles.js';

export const importMatrix: MatrixRows = {};
