// training: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { type ExcellentResult, trainingExcelled } from './events.js';
export { manifest } from './manifest.js';
// Read models: sessions and attendance, for reads and joins in SQL only.
export { trainingAttendees, trainingSessions } from './tables.js';
