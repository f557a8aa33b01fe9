import { bigint, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { contracts } from '../contracts/tables.js';
import { instalments } from '../receivables/tables.js';

/** AR-6: a month-end dunning run (催款通知单), one per month. */
export const dunningRuns = pgTable('dunning_runs', {
  id: idColumn(),
  /** YYYY-MM */
  period: text().notNull().unique(),
  runOn: date({ mode: 'string' }).notNull(),
  itemCount: integer().notNull().default(0),
  issuedAt: timestamp({ withTimezone: true }).notNull(),
  issuedBy: uuid(),
});

export const dunningOutcomes = ['promised', 'paid', 'disputed', 'unreachable', 'other'] as const;

/**
 * AR-6: one overdue or soon-due instalment in a run: the rep's same-day task (a due item in the
 * to-do list), the supervisor who oversees it, and the outcome of the contact.
 */
export const dunningItems = pgTable(
  'dunning_items',
  {
    id: idColumn(),
    runId: uuid()
      .notNull()
      .references(() => dunningRuns.id),
    instalmentId: uuid()
      .notNull()
      .references(() => instalments.id),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    customerId: uuid().notNull(),
    repId: uuid()
      .notNull()
      .references(() => users.id),
    supervisorId: uuid(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    outstandingFen: bigint({ mode: 'bigint' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    /** Negative: due in that many days. */
    daysOverdue: integer().notNull(),
    dueItemId: uuid(),
    /**
     * AR-6 (月末主管接到财务部催款通知单后要及时通知各销售代表): when the supervisor passed the item
     * on to the rep (null by: dispatched automatically, `ar.dunningAutoDispatchDays`, or no supervisor).
     */
    dispatchedAt: timestamp({ withTimezone: true }),
    dispatchedBy: uuid(),
    outcome: text({ enum: dunningOutcomes }),
    outcomeNote: text(),
    promisedOn: date({ mode: 'string' }),
    outcomeAt: timestamp({ withTimezone: true }),
    outcomeBy: uuid(),
  },
  (t) => [
    index().on(t.runId, t.repId),
    index().on(t.repId, t.outcome),
    index().on(t.supervisorId, t.dispatchedAt),
  ],
);

/** AR-8: a bad-debt write-off (坏账核销), approved by the GM; settles the instalments it names. */
export const writeOffs = pgTable(
  'write_offs',
  {
    id: idColumn(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    reason: text().notNull(),
    status: text({ enum: ['draft', 'reviewing', 'approved', 'rejected'] })
      .notNull()
      .default('draft'),
    ...rowStamps,
  },
  (t) => [index().on(t.contractId)],
);
