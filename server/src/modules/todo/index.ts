// To-do (待办): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Schemas and types.
export { type TTodo, type TTodoCount, type TTodoRow, ZTodo, ZTodoCount, ZTodoRow } from './schemas.js';
// The badge's count per section (the 工作台 shows it).
export { todoCount } from './todo.js';
