import type { BadInputCases } from './types.js';

/** Q2C-9: the seal register, usage requests and the custody log. */
export const sealsCases: BadInputCases = {};
