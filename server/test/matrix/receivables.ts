import type { MatrixRows } from './roles.js';

/** AR-1 … AR-4, AR-7: payment plans, payments with finance confirmation, invoices. */
export const receivablesMatrix: MatrixRows = {};
