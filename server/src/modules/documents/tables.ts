import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { files } from '../../platform/files/tables.js';
import { units, users } from '../../platform/org/tables.js';

/** DOC-1: the categories of the document room (档案类别). */
export const documentCategories = [
  'gm_report',
  'company_document',
  'meeting_minutes',
  'internal_ordinary',
  'internal_important',
  'activity_plan',
  'disputed_contract',
  'aftersales_equipment',
] as const;
/** DOC-4: how long a document is kept (保管期限); long_term is never due for review. */
export const retentionClasses = ['y1', 'y3', 'y5', 'y10', 'y30', 'long_term'] as const;
/** DOC-3: who may read it — the department at large, the scope of the unit, or named people only. */
export const confidentialityLevels = ['public', 'restricted', 'confidential'] as const;
export const documentStatuses = ['active', 'disposed'] as const;
/** DOC-2: a loan — asked, approved (to sign), lent (signed), returned; or rejected / withdrawn. */
export const borrowStatuses = ['pending', 'approved', 'lent', 'returned', 'rejected', 'withdrawn'] as const;

/**
 * DOC-1 … DOC-4: a catalogued document (档案), numbered DA-<year>-<n> without gaps, kept by a
 * keeper for a unit; its files are versions (document_versions); retained until retain_until
 * (null for long-term), then reviewed by the keeper: kept longer or disposed (never deleted).
 */
export const documents = pgTable(
  'documents',
  {
    id: idColumn(),
    number: text().notNull(),
    title: text().notNull(),
    description: text(),
    category: text({ enum: documentCategories }).notNull(),
    retentionClass: text({ enum: retentionClasses }).notNull(),
    /** The last day it must be kept; null for long-term. */
    retainUntil: date({ mode: 'string' }),
    confidentiality: text({ enum: confidentialityLevels }).notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    keeperId: uuid()
      .notNull()
      .references(() => users.id),
    customerId: uuid(),
    contractId: uuid(),
    status: text({ enum: documentStatuses }).notNull().default('active'),
    versionCount: integer().notNull().default(0),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id),
    reviewNote: text(),
    disposedAt: timestamp({ withTimezone: true }),
    disposedBy: uuid().references(() => users.id),
    disposalReason: text(),
    ...rowStamps,
  },
  (t) => [
    uniqueIndex().on(t.number),
    index().on(t.unitId, t.category),
    index().on(t.keeperId),
    index().on(t.status, t.retainUntil),
  ],
);

/** DOC-1: each upload of a document's file is a new version (who, when, note); older ones are kept. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: idColumn(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    version: integer().notNull(),
    fileId: uuid()
      .notNull()
      .references(() => files.id),
    note: text(),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.documentId, t.version)],
);

/**
 * DOC-2 (借阅签字制): a loan of a document — the purpose and the due date, approved through the
 * approval engine, signed by the borrower (a drawn signature kept as a PNG file), returned to the
 * keeper, who records it.
 */
export const documentBorrows = pgTable(
  'document_borrows',
  {
    id: idColumn(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    borrowerId: uuid()
      .notNull()
      .references(() => users.id),
    borrowerUnitId: uuid()
      .notNull()
      .references(() => units.id),
    purpose: text().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    status: text({ enum: borrowStatuses }).notNull().default('pending'),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    signatureFileId: uuid().references(() => files.id),
    signedAt: timestamp({ withTimezone: true }),
    returnedAt: timestamp({ withTimezone: true }),
    returnedTo: uuid().references(() => users.id),
    returnNote: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.documentId, t.createdAt), index().on(t.borrowerId, t.status)],
);
