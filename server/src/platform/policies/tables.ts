import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.js';

/** Versioned policy values: a new row per change, effective from a time; no row means the default. */
export const policyValues = pgTable(
  'policy_values',
  {
    id: idColumn(),
    policyId: text().notNull(),
    unitId: uuid(),
    value: jsonb().notNull(),
    effectiveFrom: timestamp({ withTimezone: true }).notNull(),
    setBy: uuid(),
    setAt: timestamp({ withTimezone: true }).notNull(),
    note: text(),
    /** ORG-7: a regional override is filed with HQ; HQ acknowledges it. */
    acknowledgedBy: uuid(),
    acknowledgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.policyId, t.effectiveFrom), index().on(t.unitId)],
);
