import type { MatrixRows } from './roles.js';

export const opportunityMatrix: MatrixRows = {};
