import type { BadInputCases } from './types.js';

/** AR-1 … AR-4, AR-7: payment plans, payments with finance confirmation, invoices. */
export const receivablesCases: BadInputCases = {};
