// worklogs: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { dayLink as worklogDayLink } from './due-items.js';
// The entity name of work logs (audit, notices) and where a rep writes the log of a day.
export { WORK_LOG_ENTITY } from './log-scope.js';
export { manifest } from './manifest.js';
// Read models: the work logs, for reads and joins in SQL only (writes go through this module).
export { workLogRevisions, workLogs } from './tables.js';
