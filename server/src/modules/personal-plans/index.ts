// Personal sales plans: what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Policies other modules read.
export { annualPlanDue, monthlyPlanDueDay, personalPlanApprovers } from './policies.js';
// PLAN-4/PLAN-6: a plan's change after approval (coaching's adjustment) starts here.
export { revisePersonalPlan } from './revise.js';
// Read models: the plan tables, for reads and joins in SQL only (writes go through this module).
export { personalPlanItems, personalPlanKinds, personalPlanStatuses, personalPlans } from './tables.js';
