import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const sealStatuses = ['in_custody', 'checked_out', 'retired'] as const;

/** Q2C-9: the seal register (印章登记): the contract seal (经济合同章) and others, with custodian. */
export const seals = pgTable('seals', {
  id: idColumn(),
  name: text().notNull(),
  /** contract, company, finance … (free text) */
  kind: text().notNull(),
  custodianId: uuid()
    .notNull()
    .references(() => users.id),
  status: text({ enum: sealStatuses }).notNull().default('in_custody'),
  remark: text(),
  ...rowStamps,
});

/** Q2C-9: draft → reviewing → approved → checked_out → returned; rejected stays rejected. */
export const sealRequestStatuses = [
  'draft',
  'reviewing',
  'approved',
  'rejected',
  'checked_out',
  'returned',
] as const;

/** Q2C-9: a request to use a seal (用印申请), approved before the seal leaves custody. */
export const sealRequests = pgTable(
  'seal_requests',
  {
    id: idColumn(),
    sealId: uuid()
      .notNull()
      .references(() => seals.id),
    contractId: uuid(),
    purpose: text().notNull(),
    requesterId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    status: text({ enum: sealRequestStatuses }).notNull().default('draft'),
    ...rowStamps,
  },
  (t) => [index().on(t.requesterId), index().on(t.sealId, t.status)],
);

/**
 * Q2C-9: the custody log — every check-out and return. A check-out without an approved request
 * is still logged (the seal did leave) and marked as a violation (PEN-2, for the discipline module).
 */
export const sealLog = pgTable(
  'seal_log',
  {
    id: idColumn(),
    sealId: uuid()
      .notNull()
      .references(() => seals.id),
    requestId: uuid(),
    action: text({ enum: ['check_out', 'return'] }).notNull(),
    /** Who took or brought back the seal. */
    userId: uuid()
      .notNull()
      .references(() => users.id),
    violation: boolean().notNull().default(false),
    note: text(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [index().on(t.sealId, t.at)],
);

/**
 * Q2C-9/PEN-2: a seal taken out of the sales office without the custodian's and the sales
 * manager's consent, as the custodian recorded it. The violation and its fine are the discipline
 * module's (`violations`, source `seal`, its reference this row).
 */
export const sealViolations = pgTable(
  'seal_violations',
  {
    id: idColumn(),
    sealId: uuid()
      .notNull()
      .references(() => seals.id),
    /** The custody-log entry, for violations recorded at a check-out (before check-outs were refused). */
    logId: uuid(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    description: text().notNull(),
    /** Whether harm followed (the harm fine is added, Q2C-9); set when known. */
    harm: boolean().notNull().default(false),
    /** What harm followed, as recorded. */
    harmNote: text(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [index().on(t.userId)],
);
