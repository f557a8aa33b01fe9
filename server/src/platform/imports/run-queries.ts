import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Actor } from '../context.js';
import { appError } from '../errors.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { users } from '../org/tables.js';
import { subordinateIdsSql } from '../org/tree.js';
import { iso, isoOrNull, isUuid } from '../schemas.js';
import type { ImportColumn } from './columns.js';
import { runMessage } from './runner.js';
import type { TImportDuplicate, TImportRowError, TImportRun, TImportRunSummary } from './schemas.js';
import { importRuns } from './tables.js';

/** How many bad rows and duplicates the run page lists; the error workbook has them all. */
export const IMPORT_LIST_LIMIT = 500;

/** A run is seen by its importer and by everyone above them in the superior chain. */
function visibleTo(actor: Actor): SQL {
  return sql`${importRuns.ownerId} in ${subordinateIdsSql(actor.id, { withSelf: true })}`;
}

const summaryColumns = {
  id: importRuns.id,
  kind: importRuns.kind,
  status: importRuns.status,
  fileName: importRuns.fileName,
  totalRows: importRuns.totalRows,
  processedRows: importRuns.processedRows,
  okRows: importRuns.okRows,
  badRows: importRuns.badRows,
  duplicateRows: importRuns.duplicateRows,
  message: importRuns.message,
  createdAt: importRuns.createdAt,
  startedAt: importRuns.startedAt,
  finishedAt: importRuns.finishedAt,
  importerId: users.id,
  importerUsername: users.username,
  importerName: users.displayName,
};

type SummaryRow = {
  id: string;
  kind: string;
  status: TImportRunSummary['status'];
  fileName: string;
  totalRows: number;
  processedRows: number;
  okRows: number;
  badRows: number;
  duplicateRows: number;
  message: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  importerId: string;
  importerUsername: string;
  importerName: string;
};

function toSummary(r: SummaryRow, lang: Lang): TImportRunSummary {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    fileName: r.fileName,
    importer: { id: r.importerId, username: r.importerUsername, displayName: r.importerName },
    totalRows: r.totalRows,
    processedRows: r.processedRows,
    okRows: r.okRows,
    badRows: r.badRows,
    duplicateRows: r.duplicateRows,
    message: runMessage(r.message, lang),
    createdAt: iso(r.createdAt),
    startedAt: isoOrNull(r.startedAt),
    finishedAt: isoOrNull(r.finishedAt),
  };
}

/** The actor's own recent runs of a kind, newest first. */
export async function listMyImportRuns(
  db: DbOrTx,
  actor: Actor,
  kind: string,
  lang: Lang,
  limit = 20,
): Promise<TImportRunSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(importRuns)
    .innerJoin(users, eq(users.id, importRuns.ownerId))
    .where(and(eq(importRuns.kind, kind), eq(importRuns.ownerId, actor.id)))
    .orderBy(desc(importRuns.createdAt), desc(importRuns.id))
    .limit(limit);
  return rows.map((r) => toSummary(r, lang));
}

/** A run the actor may see (their own or a subordinate's), its file id; 404 otherwise. */
export async function importRunInScope(db: DbOrTx, actor: Actor, kind: string, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({ ...summaryColumns, fileId: importRuns.fileId })
    .from(importRuns)
    .innerJoin(users, eq(users.id, importRuns.ownerId))
    .where(and(eq(importRuns.id, id), eq(importRuns.kind, kind), visibleTo(actor)));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

type StoredError = { row: number; field: string | null; reason: Localized };

/** A stored row error in the reader's language, with the column's header. */
export function rowErrorView(e: StoredError, columns: ImportColumn[], lang: Lang): TImportRowError {
  const column = columns.find((c) => c.key === e.field);
  return { row: e.row, field: e.field, column: column ? column.header[lang] : null, reason: e.reason[lang] };
}

/** The run page: progress, counts, and the first bad rows and duplicates. */
export async function getImportRun(
  db: DbOrTx,
  actor: Actor,
  kind: string,
  id: string,
  columns: ImportColumn[],
  lang: Lang,
): Promise<TImportRun> {
  const run = await importRunInScope(db, actor, kind, id);
  const [lists] = await queryRows<{
    errors: StoredError[];
    duplicates: TImportDuplicate[];
    error_count: number;
    duplicate_count: number;
  }>(
    db,
    sql`select jsonb_path_query_array(errors, ${`$[0 to ${IMPORT_LIST_LIMIT - 1}]`}::jsonpath) as errors,
          jsonb_path_query_array(duplicates, ${`$[0 to ${IMPORT_LIST_LIMIT - 1}]`}::jsonpath) as duplicates,
          jsonb_array_length(errors) as error_count, jsonb_array_length(duplicates) as duplicate_count
        from import_runs where id = ${id}`,
  );
  return {
    ...toSummary(run, lang),
    errors: (lists?.errors ?? []).map((e) => rowErrorView(e, columns, lang)),
    duplicates: lists?.duplicates ?? [],
    errorCount: Number(lists?.error_count ?? 0),
    duplicateCount: Number(lists?.duplicate_count ?? 0),
  };
}

/** Every bad row of a run (for the error workbook). */
export async function allImportErrors(db: DbOrTx, id: string): Promise<StoredError[]> {
  const [row] = await db.select({ errors: importRuns.errors }).from(importRuns).where(eq(importRuns.id, id));
  return (row?.errors ?? []) as StoredError[];
}
