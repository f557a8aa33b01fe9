import type { DbOrTx, Tx } from '../../db/client.js';
import { type Actor, type Ctx, inTx, requireActor } from '../context.js';
import { type FileMeta, listFiles, readFile, removeFile, storeFile, type Upload } from './files.js';
import type { TFileList } from './schemas.js';

/**
 * The files kept with one kind of record (ADR 10): its subject type, the purposes they go by,
 * how the record is found in the actor's scope, and the module's own rules and records.
 */
export interface Attachments<P extends { id: string }> {
  subjectType: string;
  /** The purposes of its files, listed in this order; an upload takes the first unless `purposeOf` says. */
  purposes: readonly [string, ...string[]];
  /** An upload's purpose from its form fields; a field error for one it does not know. */
  purposeOf?: (fields: Record<string, string>) => string;
  /**
   * The record when the actor may read it, or change its files (in the transaction, locked where
   * the module's rules need it). 404 outside scope.
   */
  parent: {
    read: (db: DbOrTx, actor: Actor, id: string) => Promise<P>;
    write: (tx: Tx, actor: Actor, id: string) => Promise<P>;
  };
  /** The module's rules on adding and removing (e.g. a signed contract's scan stays). */
  mayAdd?: (parent: P) => void;
  mayRemove?: (parent: P) => void;
  /** What the module records besides the file's own audit row, in the same transaction. */
  added?: (tx: Tx, ctx: Ctx, parent: P, file: FileMeta) => Promise<void>;
  removed?: (tx: Tx, ctx: Ctx, parent: P, file: { id: string; fileName: string }) => Promise<void>;
}

const subjectOf = (spec: { subjectType: string }, id: string) => ({
  subjectType: spec.subjectType,
  subjectId: id,
});

/** The live files of a record the actor may read, by purpose in the given order, newest first within each. */
export async function listAttachments<P extends { id: string }>(
  db: DbOrTx,
  actor: Actor,
  spec: Attachments<P>,
  id: string,
): Promise<TFileList> {
  const parent = await spec.parent.read(db, actor, id);
  const items: FileMeta[] = [];
  for (const purpose of spec.purposes)
    items.push(...(await listFiles(db, { ...subjectOf(spec, parent.id), purpose })));
  return { items };
}

/** One file of a record the actor may read, with its bytes (404 for another record's file). */
export async function readAttachment<P extends { id: string }>(
  db: DbOrTx,
  actor: Actor,
  spec: Attachments<P>,
  id: string,
  fileId: string,
) {
  const parent = await spec.parent.read(db, actor, id);
  return readFile(db, subjectOf(spec, parent.id), fileId);
}

/** Keeps an uploaded file with a record the actor may change; storeFile audits it. */
export function addAttachment<P extends { id: string }>(
  ctx: Ctx,
  spec: Attachments<P>,
  id: string,
  upload: Upload & { fields?: Record<string, string> },
): Promise<FileMeta> {
  const actor = requireActor(ctx);
  const purpose = spec.purposeOf ? spec.purposeOf(upload.fields ?? {}) : spec.purposes[0];
  return inTx(ctx, async (tx) => {
    const parent = await spec.parent.write(tx, actor, id);
    spec.mayAdd?.(parent);
    const file = await storeFile(tx, ctx, { ...subjectOf(spec, parent.id), purpose }, upload);
    await spec.added?.(tx, ctx, parent, file);
    return file;
  });
}

/** Removes a file from a record the actor may change (kept, marked deleted, audited). */
export function removeAttachment<P extends { id: string }>(
  ctx: Ctx,
  spec: Attachments<P>,
  id: string,
  fileId: string,
): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const parent = await spec.parent.write(tx, actor, id);
    spec.mayRemove?.(parent);
    const file = await removeFile(tx, ctx, subjectOf(spec, parent.id), fileId);
    await spec.removed?.(tx, ctx, parent, file);
    return { ok: true as const };
  });
}
