import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * AR-2/PEN-3: the `Idempotency-Key` of a create request. The first request with a key stores
 * its body hash and its response; a retry with the same key and body gets the same response,
 * the same key with another body is refused.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: uuid().notNull(),
    /** The operation, e.g. `payment.create`. */
    scope: text().notNull(),
    key: text().notNull(),
    bodyHash: text().notNull(),
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.scope, t.key] })],
);
