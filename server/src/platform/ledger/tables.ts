import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.js';

/**
 * The ledger engine: append-only entries on named accounts (customer credit now; points,
 * commission and fines later). A balance is the sum of an account's entries; a correction is
 * a new entry that reverses an old one, never an edit.
 *
 * Lots (ADR 15): a positive entry that reverses nothing is a lot, valid until `expires_at`
 * (null: never). Every other entry that moves a balance records, in `ledger_lot_consumptions`,
 * which lots it took from (a spend, an expiry, the reversal of an award) or gave back to (the
 * reversal of a spend), so the sum of entries is always the sum of what the lots have left.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: idColumn(),
    /** Posting order (ties of `at` on a frozen business clock are broken by it). */
    seq: bigserial({ mode: 'number' }).notNull(),
    /** The account kind, e.g. `customer_credit`. */
    account: text().notNull(),
    /** Whose account: a customer, a user … */
    holderId: uuid().notNull(),
    /** Signed amount in the account's unit (fen for money, points for points). */
    amount: bigint({ mode: 'bigint' }).notNull(),
    /** What moved it, e.g. `overpayment`, `applied`, `reversal`, `expiry`. */
    kind: text().notNull(),
    refType: text(),
    refId: uuid(),
    /** The entry this one reverses (a correction). */
    reversesId: uuid(),
    /** A write made twice with the same key is one entry. */
    idempotencyKey: text(),
    /** A lot's end of validity (only on lots; null: never expires). */
    expiresAt: timestamp({ withTimezone: true }),
    memo: jsonb(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [
    index().on(t.account, t.holderId),
    index().on(t.refType, t.refId),
    uniqueIndex().on(t.account, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    uniqueIndex().on(t.reversesId).where(sql`${t.reversesId} is not null`),
    index().on(t.expiresAt).where(sql`${t.expiresAt} is not null`),
  ],
);

/**
 * Which lots an entry took from (positive amount) or gave back to (negative amount). Append-only
 * like the entries: a lot's remainder is its amount less the sum of its rows here.
 */
export const ledgerLotConsumptions = pgTable(
  'ledger_lot_consumptions',
  {
    /** The spend, expiry or reversal that moved the lot. */
    entryId: uuid()
      .notNull()
      .references(() => ledgerEntries.id),
    /** The lot (a positive entry that reverses nothing). */
    lotId: uuid()
      .notNull()
      .references(() => ledgerEntries.id),
    amount: bigint({ mode: 'bigint' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.lotId] }), index().on(t.lotId)],
);
