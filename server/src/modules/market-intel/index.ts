// market-intel: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// OPS-10: recording an entry (the demo company records a few with it).
export { recordEntry } from './record-entry.js';
// Read models: the entries, for reads and joins in SQL only (writes go through this module).
export { marketIntelEntries } from './tables.js';
