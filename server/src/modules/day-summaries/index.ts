// day-summaries: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { assembleDaySummaries, assembleDaySummary } from './assemble-summaries.js';
export { manifest } from './manifest.js';
export { sendDaySummary } from './send-summary.js';
// Read models: the summaries, for reads and joins in SQL only (writes go through this module).
export { daySummaries } from './tables.js';
