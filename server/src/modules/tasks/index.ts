// Tasks (指令) and appeals (申诉): what other modules may use of this module, and the only file of
// it they import (ARCHITECTURE.md, "Module boundaries").

// Use cases other modules call, in the caller's transaction.
export { assignTask, type TaskAssignment } from './create-task.js';
export { manifest } from './manifest.js';
// Schemas and types.
export { type TAppeal, type TTask, ZAppeal, ZTask } from './schemas.js';
// The subject type of a task's due items.
export { TASK_SUBJECT } from './subject.js';
// Domain events: a task done or evaluated.
export { type TaskDone, type TaskEvaluated, taskDone, taskEvaluated } from './task-events.js';
