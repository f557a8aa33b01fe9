// risks: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// RISK-1: the heat map of the risks in the actor's scope (the director's 工作台 shows it).
export { riskHeatmap } from './queries.js';
// Read models: the risk register, for reads and joins in SQL only (writes go through this module).
export { riskReviews, risks } from './tables.js';
