import { createHash } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import { appError } from '../errors.js';
import { joinedUserRef } from '../org/refs.js';
import { users } from '../org/tables.js';
import { iso, isUuid } from '../schemas.js';
import { files } from './tables.js';

export interface Upload {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export interface FileSubject {
  subjectType: string;
  subjectId: string;
  purpose: string;
}

/** Stores an uploaded file for a subject record (audited without its bytes). Returns the file's metadata. */
export async function storeFile(tx: Tx, ctx: Ctx, subject: FileSubject, upload: Upload) {
  const at = ctx.clock.now();
  const [row] = await tx
    .insert(files)
    .values({
      ...subject,
      fileName: upload.fileName,
      mimeType: upload.mimeType,
      sizeBytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      createdAt: at,
      updatedAt: at,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning({ id: files.id });
  if (!row) throw new Error('file insert failed');
  const meta = await fileMeta(tx, row.id);
  await audit(tx, ctx, { entity: 'file', entityId: row.id, action: 'file.upload', after: meta });
  return meta;
}

const metaColumns = {
  id: files.id,
  subjectType: files.subjectType,
  subjectId: files.subjectId,
  purpose: files.purpose,
  fileName: files.fileName,
  mimeType: files.mimeType,
  sizeBytes: files.sizeBytes,
  sha256: files.sha256,
  createdAt: files.createdAt,
  byId: users.id,
  byUsername: users.username,
  byName: users.displayName,
};

type MetaRow = {
  id: string;
  subjectType: string;
  subjectId: string;
  purpose: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
  byId: string | null;
  byUsername: string | null;
  byName: string | null;
};

function toMeta(r: MetaRow) {
  return {
    id: r.id,
    purpose: r.purpose,
    fileName: r.fileName,
    mimeType: r.mimeType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    createdAt: iso(r.createdAt),
    createdBy: joinedUserRef(r.byId, r.byUsername, r.byName),
  };
}
export type FileMeta = ReturnType<typeof toMeta>;

async function fileMeta(db: DbOrTx, id: string): Promise<FileMeta> {
  const [row] = await db
    .select(metaColumns)
    .from(files)
    .leftJoin(users, eq(users.id, files.createdBy))
    .where(eq(files.id, id));
  if (!row) throw appError('NOT_FOUND');
  return toMeta(row);
}

/** The live files of a subject, newest first. The caller checks access to the subject. */
export async function listFiles(db: DbOrTx, subject: FileSubject): Promise<FileMeta[]> {
  const rows = await db
    .select(metaColumns)
    .from(files)
    .leftJoin(users, eq(users.id, files.createdBy))
    .where(
      and(
        eq(files.subjectType, subject.subjectType),
        eq(files.subjectId, subject.subjectId),
        eq(files.purpose, subject.purpose),
        isNull(files.deletedAt),
      ),
    )
    .orderBy(desc(files.createdAt));
  return rows.map(toMeta);
}

/** One file of a subject with its bytes (404 if it belongs to another subject or was removed). */
export async function readFile(db: DbOrTx, subject: Omit<FileSubject, 'purpose'>, fileId: string) {
  if (!isUuid(fileId)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({ fileName: files.fileName, mimeType: files.mimeType, content: files.content })
    .from(files)
    .where(
      and(
        eq(files.id, fileId),
        eq(files.subjectType, subject.subjectType),
        eq(files.subjectId, subject.subjectId),
        isNull(files.deletedAt),
      ),
    );
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** Removes a file from its subject (kept in the table, marked deleted; audited); returns its id and name. */
export async function removeFile(
  tx: Tx,
  ctx: Ctx,
  subject: Omit<FileSubject, 'purpose'>,
  fileId: string,
): Promise<{ id: string; fileName: string }> {
  if (!isUuid(fileId)) throw appError('NOT_FOUND');
  const at = ctx.clock.now();
  const [row] = await tx
    .update(files)
    .set({ deletedAt: at, deletedBy: ctx.actor?.id ?? null, updatedAt: at })
    .where(
      and(
        eq(files.id, fileId),
        eq(files.subjectType, subject.subjectType),
        eq(files.subjectId, subject.subjectId),
        isNull(files.deletedAt),
      ),
    )
    .returning({ id: files.id, fileName: files.fileName });
  if (!row) throw appError('NOT_FOUND');
  await audit(tx, ctx, { entity: 'file', entityId: row.id, action: 'file.remove', before: row });
  return row;
}
