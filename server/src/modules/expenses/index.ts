// expenses: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// EXP-1: the expense-to-sales ratio of people and units (the 工作台's figure).
export { expenseRatios, type RatioSubject } from './ratio.js';
// Read models: pre-approvals, claims and their lines, for reads and joins in SQL only.
export { expenseClaimLines, expenseClaims, expensePreApprovals } from './tables.js';
