import { bigint, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Uploaded files (attachments, signed scans, import sources), kept in the database so one
 * backup holds everything. A file belongs to a subject record; access follows the subject.
 */
export const files = pgTable(
  'files',
  {
    id: idColumn(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    /** What the file is to its subject: attachment, signed_scan, import_source … */
    purpose: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedBy: uuid(),
    ...rowStamps,
  },
  (t) => [index().on(t.subjectType, t.subjectId)],
);
