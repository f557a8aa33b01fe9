// performance-cases: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { closeMonth } from './close-month.js';
export { manifest } from './manifest.js';
export { belowPct, escalateMonths } from './policies.js';
// Read models: the cases, for reads and joins in SQL only (writes go through this module).
export { performanceCaseActions, performanceCases } from './tables.js';
