import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { readFile, storeFile, type Upload } from '../../platform/files/files.js';
import { isUuid } from '../../platform/schemas.js';
import { managedActiveDocument } from './catalogue.js';
import { documentDetail, readableDocument } from './queries.js';
import type { TDocument } from './schemas.js';
import { DOCUMENT_ENTITY, VERSION_FILES } from './scope.js';
import { documents, documentVersions } from './tables.js';

/**
 * DOC-1: the keeper uploads the document's file — a new version with who, when and a note; the
 * older versions stay. The file and the version are audited in one transaction.
 */
export async function addVersion(
  ctx: Ctx,
  id: string,
  upload: Upload & { fields?: Record<string, string> },
): Promise<TDocument> {
  const actor = requireActor(ctx);
  const note = upload.fields?.note?.trim().slice(0, 500) || null;
  await inTx(ctx, async (tx) => {
    const doc = await managedActiveDocument(tx, actor, id);
    const file = await storeFile(tx, ctx, { ...VERSION_FILES, subjectId: doc.id }, upload);
    const version = doc.versionCount + 1;
    const at = ctx.clock.now();
    await tx.insert(documentVersions).values({
      documentId: doc.id,
      version,
      fileId: file.id,
      note,
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
    });
    await tx.update(documents).set({ versionCount: version, updatedAt: at }).where(eq(documents.id, doc.id));
    await audit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: doc.id,
      action: 'document.version',
      after: { version, fileId: file.id, fileName: file.fileName, note },
    });
  });
  return documentDetail(ctx.db, ctx, id);
}

/**
 * DOC-3: a version's file for someone who may open the document (404 otherwise); every
 * download leaves an audit row (who, which document, which version) before the bytes go out.
 */
export async function downloadVersion(ctx: Ctx, id: string, fileId: string) {
  const actor = requireActor(ctx);
  if (!isUuid(fileId)) throw appError('NOT_FOUND');
  return inTx(ctx, async (tx) => {
    const doc = await readableDocument(tx, actor, id);
    const file = await readFile(tx, { subjectType: VERSION_FILES.subjectType, subjectId: doc.id }, fileId);
    const [version] = await tx
      .select({ version: documentVersions.version })
      .from(documentVersions)
      .where(eq(documentVersions.fileId, fileId));
    await audit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: doc.id,
      action: 'document.download',
      after: { fileId, fileName: file.fileName, version: version?.version ?? null },
    });
    return file;
  });
}

/** DOC-3: the detail of a document someone may open — each view leaves an audit row. */
export async function viewDocument(ctx: Ctx, id: string): Promise<TDocument> {
  return inTx(ctx, async (tx) => {
    const detail = await documentDetail(tx, ctx, id);
    await audit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: id,
      action: 'document.view',
      after: { number: detail.number, confidentiality: detail.confidentiality },
    });
    return detail;
  });
}
