import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import {
  approveStep,
  rejectStep,
  submitForApproval,
  withdrawApproval,
} from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { readFile, storeFile } from '../../platform/files/files.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { borrowReadable, getBorrow } from './borrow-queries.js';
import { closeBorrowDueItem, openBorrowDueItem } from './due-items.js';
import { lockedBorrow, setBorrowStatus } from './flow.js';
import { readPng } from './png.js';
import { borrowDays, borrowMaxDays } from './policies.js';
import type { TBorrow, TBorrowCreate } from './schemas.js';
import {
  BORROW_DOC,
  BORROW_ENTITY,
  type BorrowRow,
  CONFIDENTIAL_BORROW_DOC,
  documentLendable,
  documentManaged,
  SIGNATURE_FILES,
} from './scope.js';
import { documentBorrows, documents } from './tables.js';

const docTypeOf = (confidentiality: string) =>
  confidentiality === 'confidential' ? CONFIDENTIAL_BORROW_DOC : BORROW_DOC;

/**
 * DOC-2 (借阅签字制): anyone asks to borrow a catalogued document, naming the purpose and the day
 * it comes back (default documents.borrowDays from today, at most documents.borrowMaxDays); the
 * request goes at once to the chain of its confidentiality (DOC-3).
 */
export async function requestBorrow(ctx: Ctx, input: TBorrowCreate): Promise<TBorrow> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const [doc] = await tx.select().from(documents).where(eq(documents.id, input.documentId)).for('update');
    if (!doc) {
      throw appError('VALIDATION_FAILED', {
        documentId: { 'zh-CN': '找不到该档案', en: 'No such document' },
      });
    }
    if (doc.status === 'disposed') throw appError('DOCUMENT_DISPOSED');
    const open = await tx
      .select({ id: documentBorrows.id })
      .from(documentBorrows)
      .where(
        and(
          eq(documentBorrows.documentId, doc.id),
          eq(documentBorrows.borrowerId, actor.id),
          inArray(documentBorrows.status, ['pending', 'approved', 'lent']),
        ),
      );
    if (open.length > 0) throw appError('DOCUMENT_ALREADY_BORROWED');
    const today = await companyToday(tx, at);
    const dueOn = input.dueOn ?? addLocalDays(today, await readPolicy(tx, borrowDays, at, actor.unitId));
    const maxDays = await readPolicy(tx, borrowMaxDays, at, actor.unitId);
    if (dueOn < today || dueOn > addLocalDays(today, maxDays)) {
      throw appError('VALIDATION_FAILED', {
        dueOn: {
          'zh-CN': `归还日期须在今天至 ${maxDays} 天之内`,
          en: `The return date must be between today and ${maxDays} days from now`,
        },
      });
    }
    const [row] = await tx
      .insert(documentBorrows)
      .values({
        documentId: doc.id,
        borrowerId: actor.id,
        borrowerUnitId: actor.unitId,
        purpose: input.purpose,
        dueOn,
        status: 'pending',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: BORROW_ENTITY,
      entityId: row!.id,
      action: 'document_borrow.create',
      after: row,
    });
    await submitForApproval(tx, ctx, { docType: docTypeOf(doc.confidentiality), docId: row!.id });
    return row!.id;
  });
  return getBorrow(ctx.db, ctx, id);
}

/** The loan the actor may read, locked, with its document's level (404 unseen). */
async function readableLoan(tx: Tx, ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [seen] = await queryRows<{ confidentiality: string; lender: boolean }>(
    tx,
    sql`select documents.confidentiality, (${documentLendable(actor)} or ${documentManaged(actor)}) as lender
      from document_borrows b join documents on documents.id = b.document_id
      where b.id = ${id} and ${borrowReadable(actor)}`,
  );
  if (!seen) throw appError('NOT_FOUND');
  const loan = await lockedBorrow(tx, id);
  return { loan, docType: docTypeOf(seen.confidentiality), lender: seen.lender === true };
}

async function pendingRequest(tx: Tx, docType: string, loan: BorrowRow): Promise<string> {
  if (loan.status !== 'pending') throw appError('BORROW_WRONG_STATUS');
  const request = await latestRequestOf(tx, docType, loan.id);
  if (request?.status !== 'pending') throw appError('BORROW_NOT_APPROVER');
  return request.id;
}

/** DOC-2: the current approver agrees (the next one gets it, or it waits for the borrower's signature). */
export async function approveBorrow(ctx: Ctx, id: string, note: string | null): Promise<TBorrow> {
  await inTx(ctx, async (tx) => {
    const { loan, docType } = await readableLoan(tx, ctx, id);
    await approveStep(tx, ctx, await pendingRequest(tx, docType, loan), note);
  });
  return getBorrow(ctx.db, ctx, id);
}

/** DOC-2: the current approver refuses, with a reason the borrower is told. */
export async function rejectBorrow(ctx: Ctx, id: string, reason: string): Promise<TBorrow> {
  await inTx(ctx, async (tx) => {
    const { loan, docType } = await readableLoan(tx, ctx, id);
    await rejectStep(tx, ctx, await pendingRequest(tx, docType, loan), reason);
  });
  return getBorrow(ctx.db, ctx, id);
}

/** DOC-2: the borrower withdraws a request still pending, or approved and not yet signed. */
export async function withdrawBorrow(ctx: Ctx, id: string): Promise<TBorrow> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const { loan, docType } = await readableLoan(tx, ctx, id);
    if (loan.borrowerId !== actor.id) throw appError('BORROW_NOT_BORROWER');
    if (loan.status === 'pending') {
      const request = await latestRequestOf(tx, docType, loan.id);
      if (request?.status === 'pending') {
        await withdrawApproval(tx, ctx, request.id);
        return;
      }
    }
    if (loan.status !== 'approved' && loan.status !== 'pending') throw appError('BORROW_WRONG_STATUS');
    await setBorrowStatus(tx, ctx, loan, { status: 'withdrawn' }, 'document_borrow.withdraw');
  });
  return getBorrow(ctx.db, ctx, id);
}

/**
 * DOC-2 (借阅签字制): the borrower signs for an approved loan — a signature drawn on the pad, sent
 * as a PNG data URL, checked to be a PNG image of bounded size, kept as a file of the loan. From
 * then on the borrower may open the document until the keeper records its return; the return is
 * due (deadline engine) at the end of the loan's due day.
 */
export async function signBorrow(ctx: Ctx, id: string, dataUrl: string): Promise<TBorrow> {
  const actor = requireActor(ctx);
  const png = readPng(dataUrl);
  if (!png) throw appError('BORROW_BAD_SIGNATURE', { signature: signatureMessage });
  await inTx(ctx, async (tx) => {
    const { loan } = await readableLoan(tx, ctx, id);
    if (loan.borrowerId !== actor.id) throw appError('BORROW_NOT_BORROWER');
    if (loan.status !== 'approved') throw appError('BORROW_WRONG_STATUS');
    const file = await storeFile(
      tx,
      ctx,
      { ...SIGNATURE_FILES, subjectId: loan.id },
      {
        fileName: `signature-${loan.id}.png`,
        mimeType: 'image/png',
        content: png,
      },
    );
    const signed = await setBorrowStatus(
      tx,
      ctx,
      loan,
      { status: 'lent', signatureFileId: file.id, signedAt: ctx.clock.now() },
      'document_borrow.sign',
    );
    const [doc] = await tx
      .select({ number: documents.number, title: documents.title })
      .from(documents)
      .where(eq(documents.id, loan.documentId));
    await openBorrowDueItem(tx, ctx, signed, doc!);
  });
  return getBorrow(ctx.db, ctx, id);
}

const signatureMessage = {
  'zh-CN': '签名须为在签字板上手写的 PNG 图片',
  en: 'The signature must be a PNG image drawn on the signature pad',
};

/** DOC-2: the keeper (document:lend or the room in scope) records the return: when and to whom. */
export async function returnBorrow(ctx: Ctx, id: string, note: string | null): Promise<TBorrow> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const { loan, lender } = await readableLoan(tx, ctx, id);
    if (!lender) throw appError('NOT_FOUND');
    if (loan.status !== 'lent') throw appError('BORROW_WRONG_STATUS');
    await setBorrowStatus(
      tx,
      ctx,
      loan,
      { status: 'returned', returnedAt: ctx.clock.now(), returnedTo: actor.id, returnNote: note },
      'document_borrow.return',
    );
    await closeBorrowDueItem(tx, ctx, loan.id);
  });
  return getBorrow(ctx.db, ctx, id);
}

/** DOC-2: the signature of a loan, for whoever may read the loan. */
export async function signatureOf(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await queryRows<{ file_id: string | null }>(
    ctx.db,
    sql`select b.signature_file_id::text as file_id from document_borrows b
      join documents on documents.id = b.document_id where b.id = ${id} and ${borrowReadable(actor)}`,
  );
  if (!row?.file_id) throw appError('NOT_FOUND');
  return readFile(ctx.db, { subjectType: SIGNATURE_FILES.subjectType, subjectId: id }, row.file_id);
}
