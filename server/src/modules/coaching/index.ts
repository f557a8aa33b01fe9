// Coaching: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
export { coachingDays } from './policies.js';
// Read models: the records, for reads and joins in SQL only (writes go through this module).
export { coachingRecords } from './tables.js';
