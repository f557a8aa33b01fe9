// Every table, for drizzle-kit and the typed client. Tables live beside the code that owns them.
export * from '../platform/access/tables.js';
export * from '../platform/audit/tables.js';
export * from '../platform/org/tables.js';
export * from '../platform/policies/tables.js';
export * from '../platform/sessions/tables.js';
