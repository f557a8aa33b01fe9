import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { units, users } from '../../platform/org/tables.js';

/**
 * INC-4: a manual award of extra points (customer praise, excellent training result, adopted
 * suggestion, other contribution): proposed with a reason by someone whose scope holds the
 * person, approved through points.awardApprovers; on approval the points are awarded once
 * (eventKey `manual:<id>`) and the ledger entry is linked here.
 */
export const pointAwardRequests = pgTable(
  'point_award_requests',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** The person's unit when proposed (scope of the request). */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    rule: text({
      enum: ['customer_praise', 'training_excellent', 'suggestion_adopted', 'other_contribution'],
    }).notNull(),
    /** The points proposed (the rule's policy amount unless changed). */
    points: integer().notNull(),
    reason: text().notNull(),
    proposerId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: ['submitted', 'approved', 'rejected', 'withdrawn'] })
      .notNull()
      .default('submitted'),
    decidedAt: timestamp({ withTimezone: true }),
    /** The award's ledger entry once approved. */
    entryId: uuid().references(() => ledgerEntries.id),
    ...rowStamps,
  },
  (t) => [index().on(t.userId, t.status), index().on(t.proposerId, t.status)],
);
