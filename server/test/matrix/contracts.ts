import type { MatrixRows } from './roles.js';

/** Q2C-5 … Q2C-8, CUS-9: contracts, supplements, review chain, signing entry and verification. */
export const contractsMatrix: MatrixRows = {};
