// Tasks (指令) and appeals (申诉): what other modules may use of this module, and the only file of
// it they import (ARCHITECTURE.md, "Module boundaries").

// Queries: what waits for a user (the to-do list and its badge).
export { firstOpenAppealsTo, openAppealsCountQuery } from './appeal-queries.js';
export { manifest } from './manifest.js';
export { firstTodoTasksFor, todoTasksCountQuery } from './queries.js';
// Schemas and types.
export { type TAppeal, type TTask, ZAppeal, ZTask } from './schemas.js';
// The subject type of a task's due items.
export { TASK_SUBJECT } from './subject.js';
