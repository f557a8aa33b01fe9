import { bigint, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';
import { visits } from '../visits/tables.js';

export const marketIntelKinds = ['competitor', 'price', 'product', 'policy', 'other'] as const;

/**
 * OPS-10: one piece of market information (市场信息) — a competitor's move, a price seen, a
 * product, a policy — with where and when it was observed and where it came from, optionally
 * linked to a customer and a visit. The writer owns it; their unit decides who reads it (scope).
 */
export const marketIntelEntries = pgTable(
  'market_intel_entries',
  {
    id: idColumn(),
    kind: text({ enum: marketIntelKinds }).notNull(),
    competitor: text(),
    product: text(),
    /** A price seen, in fen (optional). */
    priceFen: bigint({ mode: 'bigint' }),
    region: text(),
    source: text(),
    observedOn: date({ mode: 'string' }).notNull(),
    content: text().notNull(),
    customerId: uuid().references(() => customers.id),
    visitId: uuid().references(() => visits.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    ...rowStamps,
  },
  (t) => [
    index().on(t.userId, t.observedOn),
    index().on(t.unitId, t.observedOn),
    index().on(t.customerId),
    index().on(t.kind, t.observedOn),
  ],
);
