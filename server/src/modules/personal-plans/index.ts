// Personal sales plans: what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// PLAN-4/PLAN-6: a plan's change after approval (coaching's adjustment) starts here.
export { revisePersonalPlan } from './revise.js';
export { personalPlanItems, personalPlans } from './tables.js';
