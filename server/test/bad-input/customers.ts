import type { BadInputCases } from './types.js';

export const customerCases: BadInputCases = {};
