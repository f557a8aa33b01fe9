import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters of the rate-limited routes (sign-in), one row per route and client key for
 * the current window, shared by every server process and instance on the database. A row whose
 * window has passed starts over at its next hit and is deleted by the next prune.
 */
export const rateLimits = pgTable('rate_limits', {
  /** Route and client key, e.g. `POST /api/auth/login|203.0.113.7`. */
  key: text().primaryKey(),
  count: integer().notNull(),
  resetAt: timestamp({ withTimezone: true }).notNull(),
});
