import type { DbOrTx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listFiles, readFile, removeFile, storeFile, type Upload } from '../../platform/files/files.js';
import type { TFileList, TFileMeta } from '../../platform/files/schemas.js';
import { CONTRACT_SUBJECT, contractInScope, SIGNED_SCAN } from './scope.js';

const subjectOf = (id: string) => ({ subjectType: CONTRACT_SUBJECT, subjectId: id });

/**
 * Q2C-7: the scan of the signed and sealed contract, kept with it (contract:enter) once it is
 * approved and until it is signed. A signed contract's scans never change (Q2C-8).
 */
export function uploadSignedScan(ctx: Ctx, contractId: string, upload: Upload): Promise<TFileMeta> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const c = await contractInScope(tx, actor, contractId, { permission: 'contract:enter', lock: true });
    if (c.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (c.status !== 'approved' && c.status !== 'entered') throw appError('STATUS_NOT_ALLOWED');
    const file = await storeFile(tx, ctx, { ...subjectOf(c.id), purpose: SIGNED_SCAN }, upload);
    await audit(tx, ctx, {
      entity: 'contract',
      entityId: c.id,
      action: 'contract.scan.add',
      after: { fileId: file.id, fileName: file.fileName, sha256: file.sha256 },
    });
    return file;
  });
}

/** The signed scans of a contract the actor may read. */
export async function listSignedScans(db: DbOrTx, actor: Actor, contractId: string): Promise<TFileList> {
  const c = await contractInScope(db, actor, contractId);
  return { items: await listFiles(db, { ...subjectOf(c.id), purpose: SIGNED_SCAN }) };
}

/** One scan with its bytes (404 outside scope or for another contract's file). */
export async function readSignedScan(db: DbOrTx, actor: Actor, contractId: string, fileId: string) {
  const c = await contractInScope(db, actor, contractId);
  return readFile(db, subjectOf(c.id), fileId);
}

/** Removes a wrong scan before the signing data is entered; never once entered or signed. */
export function removeSignedScan(ctx: Ctx, contractId: string, fileId: string): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const c = await contractInScope(tx, actor, contractId, { permission: 'contract:enter', lock: true });
    if (c.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (c.status !== 'approved') throw appError('STATUS_NOT_ALLOWED');
    const file = await readFile(tx, subjectOf(c.id), fileId);
    await removeFile(tx, ctx, subjectOf(c.id), fileId);
    await audit(tx, ctx, {
      entity: 'contract',
      entityId: c.id,
      action: 'contract.scan.remove',
      before: { fileId, fileName: file.fileName },
    });
    return { ok: true as const };
  });
}
