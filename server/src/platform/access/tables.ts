import { bigint, boolean, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { users } from '../org/tables.js';

/** ORG-6: role presets match the duties the regulations give each post; admins may edit them. */
export const roles = pgTable('roles', {
  id: idColumn(),
  code: text().notNull().unique(),
  nameZh: text().notNull(),
  nameEn: text().notNull(),
  preset: boolean().notNull().default(false),
  ...rowStamps,
});

/** A role grants a permission with a data scope (ORG-5). */
export const rolePermissions = pgTable(
  'role_permissions',
  {
    roleId: uuid()
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    permission: text().notNull(),
    scope: text({ enum: ['own', 'subordinates', 'unit', 'unit_tree', 'all'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permission] })],
);

/** A user may hold several roles; the widest scope wins per permission. */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    roleId: uuid()
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);

/**
 * One row (id 1) of counters raised by triggers, read with every request's session check so
 * that each server process knows when its in-memory copies are stale (ADR 18): `auth_epoch`
 * when any role's grants change, `policy_epoch` when a policy value or the unit tree changes.
 */
export const cacheEpochs = pgTable('cache_epochs', {
  id: integer().primaryKey().default(1),
  authEpoch: integer().notNull().default(0),
  policyEpoch: integer().notNull().default(0),
});

/**
 * Counters of data that results are kept against (ADR 34), one row per name, raised at commit by
 * deferred triggers on the tables the data lives in (`receivables`: any change to instalments).
 * Read with every request's session check; a result kept under an older value is not used.
 */
export const dataEpochs = pgTable('data_epochs', {
  name: text().primaryKey(),
  epoch: bigint({ mode: 'number' }).notNull().default(0),
});
