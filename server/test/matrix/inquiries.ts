import type { MatrixRows } from './roles.js';

export const inquiryMatrix: MatrixRows = {};
