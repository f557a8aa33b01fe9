import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import type { ImportColumn, ImportRow } from './columns.js';
import type { importRuns } from './tables.js';

export type ImportRunRecord = typeof importRuns.$inferSelect;

/** The most data rows one import file may hold; a bigger file is split. */
export const IMPORT_MAX_ROWS = 50_000;

/** Files of an import run are stored under this subject type. */
export const IMPORT_RUN_SUBJECT = 'import_run';

/** Why a row was not imported; `field` is the column key (null for the row as a whole). */
export interface RowError {
  field: string | null;
  reason: Localized;
}

/** An existing record a new one looks like (same code, phone, name …). */
export interface DuplicateMatch {
  id: string;
  name: string;
  by: string[];
}

export type RowOutcome =
  | { row: number; status: 'ok'; id: string; duplicates: DuplicateMatch[] }
  | { row: number; status: 'bad'; errors: RowError[] };

/**
 * What one kind of import (customers, later products, contracts …) plugs into the generic
 * runner: its columns, and how a batch of rows is checked and written. `begin` runs once per
 * run (and again when a run is resumed) outside any transaction; `processBatch` runs inside the
 * batch's own short transaction and must use only `tx` for database work. A batch may be retried
 * (or split into single rows) after a failure, so the state holds caches only: anything counted
 * (e.g. customers an owner has) is read again inside each batch.
 */
export interface ImportKind<State = unknown> {
  kind: string;
  /** Rows per transaction: progress is committed after each batch. */
  batchSize: number;
  columns: ImportColumn[];
  begin(ctx: Ctx, run: ImportRunRecord): Promise<State>;
  processBatch(
    tx: Tx,
    ctx: Ctx,
    rows: ImportRow[],
    state: State,
    run: ImportRunRecord,
  ): Promise<RowOutcome[]>;
}

const registry = new Map<string, ImportKind>();

/** An import kind, checked; its module lists it in the manifest and the runner finds it by name. */
export function defineImportKind<State>(def: ImportKind<State>): ImportKind {
  if (!Number.isInteger(def.batchSize) || def.batchSize < 1) {
    throw new Error(`import kind ${def.kind}: batchSize must be a whole number ≥ 1`);
  }
  // The runner keeps a kind's state opaque: it only hands back what `begin` returned.
  return def as unknown as ImportKind;
}

/** Called by the module kernel for each manifest's import kinds. */
export function registerImportKind(def: ImportKind): void {
  if (registry.has(def.kind)) throw new Error(`import kind ${def.kind} defined twice`);
  registry.set(def.kind, def);
}

export function importKind(kind: string): ImportKind | undefined {
  return registry.get(kind);
}
