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

export const loginLog = pgTable(
  'login_log',
  {
    id: idColumn(),
    at: timestamp({ withTimezone: true }).notNull(),
    username: text().notNull(),
    userId: uuid().references(() => users.id),
    ip: text(),
    userAgent: text(),
    result: text({ enum: ['success', 'bad_credentials', 'locked', 'disabled'] }).notNull(),
  },
  (t) => [index().on(t.at)],
);
