import { boolean, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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
