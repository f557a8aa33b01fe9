import {
  bigint,
  boolean,
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

export const preApprovalKinds = ['travel', 'gift', 'entertainment', 'other'] as const;
export const preApprovalStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const claimStatuses = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'paid'] as const;
export const lineCategories = [
  'travel',
  'transport',
  'lodging',
  'meals',
  'gift',
  'entertainment',
  'office',
  'other',
] as const;
/** Why a line is flagged for the reviewer (EXP-3). */
export const flagKinds = ['sameInvoice', 'sameReceipt', 'sameAmountDateMerchant', 'noPreApproval'] as const;
export type FlagKind = (typeof flagKinds)[number];
/** One flag of a line: what it is, and the line and claim it duplicates (none for noPreApproval). */
export interface LineFlag {
  kind: FlagKind;
  lineId?: string;
  claimId?: string;
  claimNumber?: string;
}

/**
 * EXP-2/VIS-4: a request before the cost (费用事前申请): its kind, the visit or customer it is
 * for, the estimated amount and the purpose; approved up the chain expenses.preApprovers.
 */
export const expensePreApprovals = pgTable(
  'expense_pre_approvals',
  {
    id: idColumn(),
    number: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: text({ enum: preApprovalKinds }).notNull(),
    visitId: uuid(),
    customerId: uuid(),
    estimatedFen: bigint({ mode: 'bigint' }).notNull(),
    purpose: text().notNull(),
    status: text({ enum: preApprovalStatuses }).notNull().default('pending'),
    decidedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.number), index().on(t.userId, t.status), index().on(t.unitId)],
);

/**
 * EXP-3: an expense claim (报销单), numbered BX-<year>-<n>: drafted with its lines, submitted to
 * department review and finance approval (the chain expenses.claimApprovers), then paid on a
 * date finance records. The total is of the lines not rejected.
 */
export const expenseClaims = pgTable(
  'expense_claims',
  {
    id: idColumn(),
    number: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    note: text(),
    status: text({ enum: claimStatuses }).notNull().default('draft'),
    totalFen: bigint({ mode: 'bigint' }).notNull(),
    /** Over a pre-approved amount by more than the margin at submission: the next approver is added. */
    overPreApproved: boolean().notNull().default(false),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    paidOn: date({ mode: 'string' }),
    paidBy: uuid().references(() => users.id),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.number), index().on(t.userId, t.status), index().on(t.unitId, t.status)],
);

/** EXP-3: one line of a claim, with its receipt (a file), its duplicate flags and its review. */
export const expenseClaimLines = pgTable(
  'expense_claim_lines',
  {
    id: idColumn(),
    claimId: uuid()
      .notNull()
      .references(() => expenseClaims.id),
    seq: integer().notNull(),
    spentOn: date({ mode: 'string' }).notNull(),
    category: text({ enum: lineCategories }).notNull(),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    invoiceNo: text(),
    merchant: text().notNull(),
    preApprovalId: uuid().references(() => expensePreApprovals.id),
    visitId: uuid(),
    receiptFileId: uuid(),
    receiptSha256: text(),
    flags: jsonb().$type<LineFlag[]>().notNull().default([]),
    /** Why the reviewer passed a flagged line (required to pass it). */
    flagReason: text(),
    flagClearedBy: uuid().references(() => users.id),
    rejectedReason: text(),
    rejectedBy: uuid().references(() => users.id),
    rejectedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.claimId, t.seq),
    index().on(t.invoiceNo),
    index().on(t.receiptSha256),
    index().on(t.spentOn, t.amountFen),
  ],
);
