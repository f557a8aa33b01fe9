import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/** ORG-1: company → region (大区) → department → team. */
export const units = pgTable(
  'units',
  {
    id: idColumn(),
    parentId: uuid().references((): AnyPgColumn => units.id),
    kind: text({ enum: ['company', 'region', 'department', 'team'] }).notNull(),
    name: text().notNull(),
    code: text().notNull().unique(),
    sort: integer().notNull().default(0),
    ...rowStamps,
  },
  (t) => [index().on(t.parentId)],
);

/** ORG-2: each user has exactly one direct superior; only the top person has none. */
export const users = pgTable(
  'users',
  {
    id: idColumn(),
    username: text().notNull().unique(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    position: text().notNull(),
    superiorId: uuid().references((): AnyPgColumn => users.id),
    email: text(),
    phone: text(),
    status: text({ enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    locale: text({ enum: ['zh-CN', 'en'] })
      .notNull()
      .default('zh-CN'),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Raised by a trigger whenever what a session of this user resolves to changes (status,
     * unit, superior, names, password, roles): cached actors of an older version are stale (ADR 18).
     */
    authVersion: integer().notNull().default(0),
    ...rowStamps,
  },
  (t) => [index().on(t.superiorId), index().on(t.unitId)],
);

/** ORG-1: moving a user between units or superiors keeps history: one row per placement. */
export const userPlacements = pgTable(
  'user_placements',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    superiorId: uuid().references(() => users.id),
    position: text().notNull(),
    reason: text(),
    validFrom: timestamp({ withTimezone: true }).notNull(),
    validTo: timestamp({ withTimezone: true }),
    createdBy: uuid(),
  },
  (t) => [index().on(t.userId)],
);
