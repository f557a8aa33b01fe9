import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.js';
import { users } from '../org/tables.js';

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * The real outcome of each sign-in attempt, for administrators; the person signing in gets
 * one answer for all failures (ORG-5 confidentiality: nobody learns which usernames exist).
 */
export const loginResults = ['success', 'bad_credentials', 'unknown_user', 'locked', 'disabled'] as const;
export type LoginResult = (typeof loginResults)[number];

export const loginLog = pgTable(
  'login_log',
  {
    id: idColumn(),
    at: timestamp({ withTimezone: true }).notNull(),
    username: text().notNull(),
    userId: uuid().references(() => users.id),
    ip: text(),
    userAgent: text(),
    result: text({ enum: loginResults }).notNull(),
  },
  (t) => [index().on(t.at)],
);
