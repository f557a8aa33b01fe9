// Users (用户): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Schemas and types.
export { type TUser, ZRoleRef, ZUser, zPassword, zUsername } from './schemas.js';
