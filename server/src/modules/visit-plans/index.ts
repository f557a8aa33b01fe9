// Monthly visit plans (拜访计划表): what other modules may use of this module, and the only file
// of it they import (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Policies other modules read.
export { visitPlanApprovers, visitPlanDueDay } from './policies.js';
// Read models: the plan tables, for reads and joins in SQL only (writes go through this module).
export { planStatuses, visitPlanLines, visitPlans } from './tables.js';
