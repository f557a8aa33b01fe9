import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import {
  borrowStatuses,
  confidentialityLevels,
  documentCategories,
  documentStatuses,
  retentionClasses,
} from './tables.js';

export const ZDocumentCategory = z.enum(documentCategories);
export const ZRetentionClass = z.enum(retentionClasses);
export const ZConfidentiality = z.enum(confidentialityLevels);
export const ZDocumentStatus = z.enum(documentStatuses);
export const ZBorrowStatus = z.enum(borrowStatuses);

/** DOC-1: what the keeper catalogues; the retention class defaults to the category's policy. */
export const ZDocumentCreate = z.object({
  title: zText(200),
  description: zOptionalText(2000),
  category: ZDocumentCategory,
  retentionClass: ZRetentionClass.optional(),
  confidentiality: ZConfidentiality,
  /** The owning unit; default the keeper's. */
  unitId: z.uuid().optional(),
  /** The keeper; default the one cataloguing it. */
  keeperId: z.uuid().optional(),
  customerId: z.uuid().nullish(),
  contractId: z.uuid().nullish(),
});
export type TDocumentCreate = z.output<typeof ZDocumentCreate>;

/** DOC-1: a change of the catalogue entry (the number and the files stay). */
export const ZDocumentUpdate = z.object({
  title: zText(200).optional(),
  description: zOptionalText(2000),
  confidentiality: ZConfidentiality.optional(),
  retentionClass: ZRetentionClass.optional(),
  keeperId: z.uuid().optional(),
  customerId: z.uuid().nullish(),
  contractId: z.uuid().nullish(),
});
export type TDocumentUpdate = z.output<typeof ZDocumentUpdate>;

/** DOC-4: the keeper's decision on a document whose retention ended. */
export const ZDocumentReview = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('keep'),
    /** Years to extend by; default documents.retentionExtendYears. */
    years: z.number().int().min(1).max(30).optional(),
    note: zOptionalText(1000),
  }),
  z.object({ decision: z.literal('dispose'), reason: zText(1000) }),
]);
export type TDocumentReview = z.output<typeof ZDocumentReview>;

export const ZDocumentRow = z.object({
  id: z.uuid(),
  number: z.string(),
  /** DOC-3: null on a confidential document the reader may not open (its line shows the number only). */
  title: z.string().nullable(),
  category: ZDocumentCategory,
  retentionClass: ZRetentionClass,
  retainUntil: z.string().nullable(),
  confidentiality: ZConfidentiality,
  status: ZDocumentStatus,
  unit: ZUnitRef,
  keeper: ZUserRef,
  versionCount: z.number().int(),
  /** The reader may open it (level and scope, or a signed loan). */
  readable: z.boolean(),
  /** Retention ended and not yet decided (DOC-4). */
  dueForReview: z.boolean(),
  createdAt: ZDateTime,
});
export type TDocumentRow = z.infer<typeof ZDocumentRow>;

export const ZDocumentVersion = z.object({
  version: z.number().int(),
  fileId: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  note: z.string().nullable(),
  createdAt: ZDateTime,
  createdBy: ZUserRef.nullable(),
});

export const ZBorrowRow = z.object({
  id: z.uuid(),
  document: z.object({
    id: z.uuid(),
    number: z.string(),
    title: z.string(),
    confidentiality: ZConfidentiality,
  }),
  borrower: ZUserRef,
  purpose: z.string(),
  dueOn: z.string(),
  status: ZBorrowStatus,
  overdue: z.boolean(),
  decidedBy: ZUserRef.nullable(),
  decidedAt: ZDateTime.nullable(),
  decisionNote: z.string().nullable(),
  signedAt: ZDateTime.nullable(),
  hasSignature: z.boolean(),
  returnedAt: ZDateTime.nullable(),
  returnedTo: ZUserRef.nullable(),
  returnNote: z.string().nullable(),
  createdAt: ZDateTime,
  /** Waiting for the reader's approval now. */
  toDecide: z.boolean(),
});
export type TBorrowRow = z.infer<typeof ZBorrowRow>;

export const ZBorrow = ZBorrowRow.extend({
  requestId: z.uuid().nullable(),
  can: z.object({
    decide: z.boolean(),
    sign: z.boolean(),
    withdraw: z.boolean(),
    recordReturn: z.boolean(),
  }),
});
export type TBorrow = z.infer<typeof ZBorrow>;

export const ZDocument = ZDocumentRow.extend({
  description: z.string().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  contract: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  reviewedAt: ZDateTime.nullable(),
  reviewedBy: ZUserRef.nullable(),
  reviewNote: z.string().nullable(),
  disposedAt: ZDateTime.nullable(),
  disposedBy: ZUserRef.nullable(),
  disposalReason: z.string().nullable(),
  versions: z.array(ZDocumentVersion),
  /** The loans of the document (the room sees all; a borrower their own). */
  borrows: z.array(ZBorrowRow),
  can: z.object({ manage: z.boolean(), borrow: z.boolean() }),
});
export type TDocument = z.infer<typeof ZDocument>;

/** all: the catalogue; mine: kept by me; review: retention ended, to decide (DOC-4). */
export const ZDocumentView = z.enum(['all', 'mine', 'review']);

const documentFilters = {
  view: ZDocumentView.default('all'),
  category: ZDocumentCategory.optional(),
  confidentiality: ZConfidentiality.optional(),
  retentionClass: ZRetentionClass.optional(),
  status: ZDocumentStatus.optional(),
  unitId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['number', 'createdAt', 'retainUntil', 'title']).default('number'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZDocumentQuery = ZPaging.extend(documentFilters);
export type TDocumentQuery = z.output<typeof ZDocumentQuery>;
export const ZDocumentExportQuery = z.object(documentFilters);
export type TDocumentExportQuery = z.output<typeof ZDocumentExportQuery>;
export const ZDocumentPage = zPage(ZDocumentRow);

/** DOC-2: a request to borrow; the due date defaults to documents.borrowDays from today. */
export const ZBorrowCreate = z.object({
  documentId: z.uuid(),
  purpose: zText(500),
  dueOn: zDate.optional(),
});
export type TBorrowCreate = z.output<typeof ZBorrowCreate>;
export const ZBorrowApprove = z.object({ note: zOptionalText(1000) });
export const ZBorrowReject = z.object({ reason: zText(1000) });
export const ZBorrowReturn = z.object({ note: zOptionalText(1000) });

/** The largest drawn signature accepted (bytes of the PNG). */
export const SIGNATURE_MAX_BYTES = 200 * 1024;
/** A PNG data URL: base64 of at most SIGNATURE_MAX_BYTES bytes. */
export const ZBorrowSign = z.object({
  signature: z
    .string()
    .max(Math.ceil((SIGNATURE_MAX_BYTES * 4) / 3) + 64)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/),
});

/** mine: my loans; decide: waiting for my approval; out: loans of documents I lend (the log). */
export const ZBorrowView = z.enum(['mine', 'decide', 'out']);
export const ZBorrowQuery = ZPaging.extend({
  view: ZBorrowView.default('mine'),
  status: ZBorrowStatus.optional(),
  documentId: z.uuid().optional(),
  borrowerId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type TBorrowQuery = z.output<typeof ZBorrowQuery>;
export const ZBorrowPage = zPage(ZBorrowRow);
