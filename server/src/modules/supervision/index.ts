// supervision: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Read models: the monthly summaries, for reads and joins in SQL only.
export { monthSummaries } from './tables.js';
