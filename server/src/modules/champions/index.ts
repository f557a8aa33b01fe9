// champions: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// INC-7: the champions named, for reads and joins in SQL only (writes go through this module).
export { salesChampions } from './tables.js';
