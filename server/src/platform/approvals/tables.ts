import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/**
 * One submission of a document for approval. Steps are resolved at submission time from
 * the flow, the policies and the organisation, and stored, so later changes to a threshold
 * affect new submissions only.
 */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: idColumn(),
    docType: text().notNull(),
    docId: text().notNull(),
    title: text().notNull(),
    submitterId: uuid().notNull(),
    unitId: uuid().notNull(),
    amountFen: bigint({ mode: 'bigint' }),
    status: text({ enum: ['pending', 'approved', 'rejected', 'withdrawn'] }).notNull(),
    /** Sequence number of the step now waiting; null once decided. */
    currentSeq: integer(),
    /** 1 for the first submission, +1 for each resubmission after a rejection. */
    round: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    decidedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.docType, t.docId), index().on(t.submitterId), index().on(t.status)],
);

export const approvalSteps = pgTable(
  'approval_steps',
  {
    id: idColumn(),
    requestId: uuid()
      .notNull()
      .references(() => approvalRequests.id),
    seq: integer().notNull(),
    /** How the approver was found, e.g. {"kind":"superior"} or {"kind":"role","role":"gm"}. */
    rule: jsonb().notNull(),
    approverId: uuid().notNull(),
    /** Set when no one matched the rule and the step went to the next level up. */
    escalatedReason: text(),
    status: text({ enum: ['waiting', 'pending', 'approved', 'rejected', 'cancelled'] }).notNull(),
    comment: text(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.requestId), index().on(t.approverId, t.status)],
);
