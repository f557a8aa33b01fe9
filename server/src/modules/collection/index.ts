// Collection (催收): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").
// AR-9: the aging report of the actor's receivable scope (the 工作台 shows its buckets).
export { agingReport } from './aging.js';
export { manifest } from './manifest.js';
// AR-8: the escalation ladder and the write-offs, for the risk register's credit signals (RISK-1).
export { escalationDays } from './policies.js';
export { writeOffs } from './tables.js';
