import { z } from 'zod';
import { ZDateTime, ZUserRef } from '../schemas.js';

export const ZImportStatus = z.enum(['queued', 'running', 'done', 'failed']);

/** A row that was not imported: its Excel row number, the column (key and header) and why. */
export const ZImportRowError = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  column: z.string().nullable(),
  reason: z.string(),
});

/** A row imported although it looks like an existing record: the new record and what it matched. */
export const ZImportDuplicate = z.object({
  row: z.number().int(),
  recordId: z.uuid(),
  matches: z.array(z.object({ id: z.uuid(), name: z.string(), by: z.array(z.string()) })),
});

/** An import run as its list shows it. */
export const ZImportRunSummary = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: ZImportStatus,
  fileName: z.string(),
  importer: ZUserRef,
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  okRows: z.number().int(),
  badRows: z.number().int(),
  duplicateRows: z.number().int(),
  /** Why the run failed, in the reader's language. */
  message: z.string().nullable(),
  createdAt: ZDateTime,
  startedAt: ZDateTime.nullable(),
  finishedAt: ZDateTime.nullable(),
});
export const ZImportRunList = z.object({ items: z.array(ZImportRunSummary) });

/** An import run with its progress, its bad rows and its flagged duplicates (the first 500 of each). */
export const ZImportRun = ZImportRunSummary.extend({
  errors: z.array(ZImportRowError),
  duplicates: z.array(ZImportDuplicate),
  /** How many of each the lists hold in all (the error workbook has every bad row). */
  errorCount: z.number().int(),
  duplicateCount: z.number().int(),
});

export type TImportStatus = z.infer<typeof ZImportStatus>;
export type TImportRowError = z.infer<typeof ZImportRowError>;
export type TImportDuplicate = z.infer<typeof ZImportDuplicate>;
export type TImportRunSummary = z.infer<typeof ZImportRunSummary>;
export type TImportRunList = z.infer<typeof ZImportRunList>;
export type TImportRun = z.infer<typeof ZImportRun>;
