import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { type FileMeta, readFile, removeFile, storeFile, type Upload } from '../../platform/files/files.js';
import { isUuid } from '../../platform/schemas.js';
import { lockedClaim } from './claim-flow.js';
import { CLAIM_ENTITY, CLAIM_SUBJECT, claimReadable, RECEIPT_PURPOSE } from './scope.js';
import { EDITABLE } from './submit-claim.js';
import { expenseClaimLines, expenseClaims } from './tables.js';

/** What a receipt may be, told apart by its first bytes (the type a client names is not trusted). */
const signatures: { mimeType: string; test: (b: Buffer) => boolean }[] = [
  { mimeType: 'image/jpeg', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mimeType: 'image/png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mimeType: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    mimeType: 'image/heic',
    test: (b) =>
      b.subarray(4, 8).toString('latin1') === 'ftyp' &&
      ['heic', 'heix', 'heif', 'mif1', 'msf1', 'hevc'].includes(b.subarray(8, 12).toString('latin1')),
  },
  { mimeType: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** EXP-3: a receipt is a photo (JPEG, PNG, WebP, HEIC) or a PDF, by its content; else a field error on `file`. */
export function asReceipt(upload: Upload): Upload {
  const found = signatures.find((s) => s.test(upload.content));
  if (!found)
    throw appError('VALIDATION_FAILED', {
      file: {
        'zh-CN': '票据只能是照片（JPG、PNG、WEBP、HEIC）或 PDF 文件',
        en: 'A receipt must be a photo (JPG, PNG, WEBP, HEIC) or a PDF',
      },
    });
  return { ...upload, mimeType: found.mimeType };
}

/**
 * EXP-3: the maker keeps a receipt with a line of their claim before submitting it (one per line:
 * a new one replaces the old, which stays in the files, marked removed). The file's SHA-256 (the
 * files platform's) goes on the line for duplicate detection.
 */
export function addReceipt(ctx: Ctx, id: string, lineId: string, upload: Upload): Promise<FileMeta> {
  const actor = requireActor(ctx);
  if (!isUuid(id) || !isUuid(lineId)) throw appError('NOT_FOUND');
  const receipt = asReceipt(upload);
  return inTx(ctx, async (tx) => {
    const [seen] = await tx
      .select({ id: expenseClaims.id })
      .from(expenseClaims)
      .where(and(eq(expenseClaims.id, id), claimReadable(actor)));
    if (!seen) throw appError('NOT_FOUND');
    const claim = await lockedClaim(tx, id);
    if (claim.userId !== actor.id) throw appError('EXPENSE_NOT_OWN');
    if (!EDITABLE.includes(claim.status)) throw appError('EXPENSE_NOT_DRAFT');
    const [line] = await tx
      .select()
      .from(expenseClaimLines)
      .where(and(eq(expenseClaimLines.id, lineId), eq(expenseClaimLines.claimId, id)));
    if (!line) throw appError('NOT_FOUND');
    const subject = { subjectType: CLAIM_SUBJECT, subjectId: id };
    if (line.receiptFileId) await removeFile(tx, ctx, subject, line.receiptFileId);
    const file = await storeFile(tx, ctx, { ...subject, purpose: RECEIPT_PURPOSE }, receipt);
    await tx
      .update(expenseClaimLines)
      .set({ receiptFileId: file.id, receiptSha256: file.sha256, updatedAt: ctx.clock.now() })
      .where(eq(expenseClaimLines.id, lineId));
    await audit(tx, ctx, {
      entity: CLAIM_ENTITY,
      entityId: id,
      action: 'expense_claim.receipt',
      before: { line: line.seq, fileId: line.receiptFileId },
      after: { line: line.seq, fileId: file.id, sha256: file.sha256 },
    });
    return file;
  });
}

/** A receipt of a claim the actor may read, with its bytes (404 for another claim's file). */
export async function readReceipt(db: DbOrTx, actor: Actor, id: string, fileId: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [seen] = await db
    .select({ id: expenseClaims.id })
    .from(expenseClaims)
    .where(and(eq(expenseClaims.id, id), claimReadable(actor)));
  if (!seen) throw appError('NOT_FOUND');
  return readFile(db, { subjectType: CLAIM_SUBJECT, subjectId: id }, fileId);
}
