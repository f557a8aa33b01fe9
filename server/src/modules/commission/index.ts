// commission: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { COMMISSION_ACCOUNT } from './close-period.js';
export { manifest } from './manifest.js';
export { commissionBasis } from './policies.js';
// Read models: for reads and joins in SQL only (writes go through this module).
export { commissionPlans, commissionStatementLines, commissionStatements } from './tables.js';
