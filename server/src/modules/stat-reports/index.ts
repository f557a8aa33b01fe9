// Statistics reports: what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// OPS-4: a unit's statistics for a month or week (the figures a report keeps).
export { reportFigures } from './figures.js';
export { manifest } from './manifest.js';
// Read models: for reads and joins in SQL only (writes go through this module).
export { statReports } from './tables.js';
