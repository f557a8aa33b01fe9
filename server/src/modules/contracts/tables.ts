import { bigint, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';

/** Q2C-5: letter of intent (意向书), main contract (主合同), supplementary agreement (补充协议). */
export const contractKinds = ['intent', 'main', 'supplement'] as const;

/**
 * Q2C-6/Q2C-7: draft → reviewing (approval chain by amount, plus a credit step, CUS-9) →
 * approved → entered (the assistant attached the signed scan and entered the signed data) →
 * [plan_review: AR-1, a split with an instalment due beyond the collection period awaits the
 * manager and finance; approved → entered, rejected → approved to be entered again] → signed (a second person verified the entry, 复核). A signed contract never changes
 * (Q2C-8); a supplement changes its amount. Rejected goes back to draft work.
 */
export const contractStatuses = [
  'draft',
  'reviewing',
  'approved',
  'rejected',
  'entered',
  'plan_review',
  'signed',
] as const;

/** AR-8: collection status of a signed contract's debt. */
export const legalStatuses = ['none', 'legal_review', 'legal_action', 'closed'] as const;

export const contracts = pgTable(
  'contracts',
  {
    id: idColumn(),
    number: text().notNull().unique(),
    kind: text({ enum: contractKinds }).notNull(),
    /** A supplement's main contract. */
    mainContractId: uuid(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    quoteId: uuid(),
    title: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Intent and main contract: the contract amount (tax included). Supplement: 0. */
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    /** Supplement: the signed change of the main contract's amount (may be negative). */
    deltaFen: bigint({ mode: 'bigint' }),
    status: text({ enum: contractStatuses }).notNull().default('draft'),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    paymentTerms: text(),
    /** CUS-9: why the credit step was added at submission (over limit, overdue debt), with figures. */
    creditCheck: jsonb(),
    /** AR-1: an agreed split entered with the signing data ([{ dueDate, amountFen }]); none = the default plan. */
    plannedInstalments: jsonb(),
    /** Q2C-7: the signing date entered by the assistant (AR-1 counts from it). */
    signedOn: date({ mode: 'string' }),
    enteredAt: timestamp({ withTimezone: true }),
    enteredBy: uuid(),
    verifiedAt: timestamp({ withTimezone: true }),
    verifiedBy: uuid(),
    /** When it became signed (verified). */
    signedAt: timestamp({ withTimezone: true }),
    legalStatus: text({ enum: legalStatuses }).notNull().default('none'),
    legalStatusAt: timestamp({ withTimezone: true }),
    remark: text(),
    ...rowStamps,
  },
  (t) => [
    index().on(t.ownerId, t.status),
    index().on(t.unitId, t.status),
    index().on(t.customerId),
    index().on(t.mainContractId),
  ],
);
