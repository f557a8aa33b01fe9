// Every table, for drizzle-kit and the typed client. Tables live beside the code that owns them.
export * from '../modules/requests/tables.js';
export * from '../modules/tasks/tables.js';
export * from '../platform/access/tables.js';
export * from '../platform/approvals/tables.js';
export * from '../platform/audit/tables.js';
export * from '../platform/deadlines/tables.js';
export * from '../platform/jobs/tables.js';
export * from '../platform/notifications/tables.js';
export * from '../platform/org/tables.js';
export * from '../platform/policies/tables.js';
export * from '../platform/sessions/tables.js';
