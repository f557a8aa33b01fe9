import type { MatrixRows } from './roles.js';

/** Q2C-9: the seal register, usage requests and the custody log. */
export const sealsMatrix: MatrixRows = {};
