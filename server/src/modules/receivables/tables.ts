import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { contracts } from '../contracts/tables.js';
import { customers } from '../customers/tables.js';

/**
 * AR-1: the payment plan of a signed main contract, one row per instalment (分期). The plan in
 * force is the rows with `supersededAt` null; they sum to the contract amount including signed
 * supplements, less credit notes. A plan change after signing is approved, then supersedes the
 * open rows with a new version.
 */
export const instalments = pgTable(
  'instalments',
  {
    id: idColumn(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** Denormalised from the contract, for scope and reports. */
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    planVersion: integer().notNull().default(1),
    seq: integer().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    /**
     * AR-4: Σ of its settlements confirmed and not released (payments, credit notes, write-offs) —
     * what counts; the open amount is `amountFen − settledFen`. Stored, kept by
     * `refreshInstalmentAmounts` in the transaction of every change to its settlements
     * (amounts.ts), checked against the settlements by `verifyInstalmentAmounts`.
     */
    settledFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** The confirmed, unreleased settlements of payments only (collected, for the list and the plan). */
    collectedFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** Σ of its settlements pending and not released: payments awaiting finance (reserve, never count). */
    reservedFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    /** Where the row came from: the signing, a supplement, a plan change. */
    origin: text({ enum: ['signing', 'supplement', 'plan_change'] }).notNull(),
    originId: uuid(),
    supersededAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    index().on(t.contractId, t.seq),
    index().on(t.ownerId, t.dueDate),
    index().on(t.unitId, t.dueDate),
    index().on(t.customerId),
    index().on(t.dueDate),
    // AR-5/AR-9: the open rows in force (most of a mature book is paid) by due date, for the
    // company-wide lists. By rep and by unit: two covering partial indexes written by hand in
    // migration 0008 (`instalments_open_owner_idx`, `instalments_open_unit_idx`, with INCLUDE of
    // what aging reads, so the report reads the index only).
    index('instalments_open_due_idx')
      .on(t.dueDate)
      .where(sql`${t.supersededAt} is null and ${t.settledFen} < ${t.amountFen}`),
  ],
);

/** AR-2: how the money came. */
export const paymentMethods = ['cash', 'bank_transfer', 'pos_card', 'acceptance_bill', 'other'] as const;
/** AR-4: pending until finance confirms; rejected by finance (never counted). */
export const paymentStatuses = ['pending', 'confirmed', 'rejected'] as const;

/**
 * AR-2/AR-3/AR-4/AR-7: a payment received (回款). Never edited: a correction of a confirmed payment
 * is a `reversal` row with the negative amount (and negative settlements), confirmed by finance.
 * The part not allocated to instalments (`unallocatedFen`) becomes customer credit when confirmed.
 */
export const payments = pgTable(
  'payments',
  {
    id: idColumn(),
    number: text().notNull().unique(),
    kind: text({ enum: ['receipt', 'reversal'] })
      .notNull()
      .default('receipt'),
    reversalOfId: uuid(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    contractId: uuid().references(() => contracts.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    method: text({ enum: paymentMethods }).notNull(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    unallocatedFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    receivedOn: date({ mode: 'string' }).notNull(),
    payer: text().notNull(),
    voucherNo: text(),
    status: text({ enum: paymentStatuses }).notNull().default('pending'),
    confirmedAt: timestamp({ withTimezone: true }),
    confirmedBy: uuid(),
    rejectReason: text(),
    remark: text(),
    ...rowStamps,
  },
  (t) => [
    index().on(t.ownerId, t.status),
    index().on(t.unitId, t.status),
    index().on(t.customerId),
    index().on(t.contractId),
    uniqueIndex().on(t.reversalOfId).where(sql`${t.reversalOfId} is not null`),
  ],
);

/**
 * What settles an instalment: a payment's allocation, a credit note, a write-off. Only rows with
 * `confirmedAt` set (and not released) reduce the receivable (AR-4); a pending payment's rows
 * reserve the instalment (so concurrent payments never over-allocate) until confirmed or released.
 */
export const settlements = pgTable(
  'settlements',
  {
    id: idColumn(),
    instalmentId: uuid()
      .notNull()
      .references(() => instalments.id),
    sourceType: text({ enum: ['payment', 'credit_note', 'write_off'] }).notNull(),
    sourceId: uuid().notNull(),
    /** Signed: a reversal settles a negative amount. */
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    confirmedAt: timestamp({ withTimezone: true }),
    releasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.instalmentId), index().on(t.sourceType, t.sourceId)],
);

export const invoiceKinds = ['ordinary', 'special'] as const;

/** AR-3: an invoice (发票): ordinary or special VAT, against a contract. */
export const invoices = pgTable(
  'invoices',
  {
    id: idColumn(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    fapiaoNo: text().notNull().unique(),
    kind: text({ enum: invoiceKinds }).notNull(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    remark: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.contractId)],
);

/** Q2C-8: a credit note (红字/贷项) from an approved return; settles the contract's instalments. */
export const creditNotes = pgTable(
  'credit_notes',
  {
    id: idColumn(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    sourceType: text().notNull(),
    sourceId: uuid().notNull(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    /** Part not settled against instalments (kept as customer credit). */
    unallocatedFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [index().on(t.contractId)],
);

/** AR-1: a change of a signed contract's plan, approved before it replaces the open instalments. */
export const planChanges = pgTable(
  'plan_changes',
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
    /** The proposed open instalments: [{ dueDate, amountFen }]. */
    proposed: jsonb().notNull(),
    reason: text().notNull(),
    status: text({ enum: ['draft', 'reviewing', 'approved', 'rejected'] })
      .notNull()
      .default('reviewing'),
    ...rowStamps,
  },
  (t) => [index().on(t.contractId)],
);
