// satisfaction: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { praiseRecorded, type RecordedPraise } from './events.js';
export { manifest } from './manifest.js';
// SVC-3: the use case (the demo company records praise with it).
export { recordPraise } from './praise.js';
// Read models: surveys and praise, for reads and joins in SQL only (writes go through this module).
export { praiseRecords, satisfactionSurveys } from './tables.js';
// SVC-2: the scheduled round (the job runs it; tests call it).
export { sendScheduledSurveys } from './triggers.js';
