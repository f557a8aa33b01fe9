import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.js';

/**
 * The ledger engine: append-only entries on named accounts (customer credit now; points,
 * commission and fines later). A balance is the sum of an account's entries; a correction is
 * a new entry that reverses an old one, never an edit.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: idColumn(),
    /** The account kind, e.g. `customer_credit`. */
    account: text().notNull(),
    /** Whose account: a customer, a user … */
    holderId: uuid().notNull(),
    /** Signed amount in the account's unit (fen for money, points for points). */
    amount: bigint({ mode: 'bigint' }).notNull(),
    /** What moved it, e.g. `overpayment`, `applied`, `reversal`. */
    kind: text().notNull(),
    refType: text(),
    refId: uuid(),
    /** The entry this one reverses (a correction). */
    reversesId: uuid(),
    /** A write made twice with the same key is one entry. */
    idempotencyKey: text(),
    memo: jsonb(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [
    index().on(t.account, t.holderId),
    index().on(t.refType, t.refId),
    uniqueIndex().on(t.account, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    uniqueIndex().on(t.reversesId).where(sql`${t.reversesId} is not null`),
  ],
);
