// satisfaction: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { praiseRecorded, type RecordedPraise } from './events.js';
export { manifest } from './manifest.js';
