// meetings: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { type LateArrival, meetingArrivedLate } from './events.js';
export { manifest } from './manifest.js';
// OPS-6: a unit's meeting of a day, made if missing (the demo company uses it too).
export { ensureMeeting } from './open-meeting.js';
export { meetingStartTime } from './policies.js';
// Read models: the meetings and their attendance, for reads and joins in SQL only.
export { meetingAttendance, meetings } from './tables.js';
export { previousWorkingDay } from './working-days.js';
