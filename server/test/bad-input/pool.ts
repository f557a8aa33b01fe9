import type { BadInputCases } from './types.js';

export const poolCases: BadInputCases = {};
