// Targets and the annual sales plan: what other modules may use of this module, and the only
// file of it they import (ARCHITECTURE.md, "Module boundaries").

// The targets in force (approved) of people and units for periods.
export { type TargetSubject, targetKey, targetsInForce } from './in-force.js';
export { manifest } from './manifest.js';
export { planMetrics } from './policies.js';
// PLAN-3: the split by last year's share asks the indicators module for last year's actuals (a port).
export { type LastYearQuery, lastYearActualsPort } from './sets/last-year-port.js';
// Read models: for reads and joins in SQL only (writes go through this module).
export {
  marketSizes,
  moneyMetrics,
  type TargetMetric,
  targetLines,
  targetMetrics,
  targetSets,
} from './tables.js';
