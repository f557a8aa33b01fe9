import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Gapless numbering (CUS-2 and later registers): one counter row per series and period.
 * The next number is taken by an UPDATE … RETURNING inside the caller's transaction, so the
 * row lock serialises concurrent writers and a rollback gives the number back.
 */
export const sequenceCounters = pgTable(
  'sequence_counters',
  {
    series: text().notNull(),
    period: text().notNull(),
    value: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.series, t.period] })],
);
