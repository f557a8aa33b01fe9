import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/**
 * A background import (Excel/CSV): queued → running → done | failed. Progress is written
 * as batches commit, so the page polls it; bad rows are kept with their row number and reason.
 */
export const importRuns = pgTable('import_runs', {
  id: idColumn(),
  kind: text().notNull(),
  status: text({ enum: ['queued', 'running', 'done', 'failed'] })
    .notNull()
    .default('queued'),
  fileId: uuid().notNull(),
  fileName: text().notNull(),
  ownerId: uuid().notNull(),
  unitId: uuid().notNull(),
  totalRows: integer().notNull().default(0),
  processedRows: integer().notNull().default(0),
  okRows: integer().notNull().default(0),
  badRows: integer().notNull().default(0),
  duplicateRows: integer().notNull().default(0),
  /** [{ row, reason: {zh-CN,en}, field? }] */
  errors: jsonb().notNull().default([]),
  /** [{ row, customerId, matches: [{ id, name, by }] }] */
  duplicates: jsonb().notNull().default([]),
  /** Options chosen at upload (e.g. the owner for imported rows). */
  options: jsonb().notNull().default({}),
  message: text(),
  startedAt: timestamp({ withTimezone: true }),
  finishedAt: timestamp({ withTimezone: true }),
  ...rowStamps,
});
