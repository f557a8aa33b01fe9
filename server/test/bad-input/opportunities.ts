import type { BadInputCases } from './types.js';

export const opportunityCases: BadInputCases = {};
