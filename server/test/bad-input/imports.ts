import type { BadInputCases } from './types.js';

export const importCases: BadInputCases = {};
