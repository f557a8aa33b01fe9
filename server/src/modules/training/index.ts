// training: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Use cases (the demo company arranges a session through them).
export { createTrainingSession } from './create-session.js';
// Domain events.
export { type ExcellentResult, trainingExcelled } from './events.js';
export { manifest } from './manifest.js';
export { recordAttendance } from './record-attendance.js';
export { recordTrainingResult } from './record-result.js';
// Read models: sessions and attendance, for reads and joins in SQL only.
export { trainingAttendees, trainingSessions } from './tables.js';
