/** What other modules use of contracts. */
export { effectiveAmountFen, effectiveAmountSql } from './effective-amount.js';
export { assertSignedMain } from './scope.js';
