import type { BadInputCases } from './types.js';

export const inquiryCases: BadInputCases = {};
