import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { approvalSteps } from '../../platform/approvals/tables.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { borrowReadable } from './borrow-queries.js';
import { borrowApprovers, confidentialBorrowApprovers } from './policies.js';
import { BORROW_DOC, BORROW_ENTITY, type BorrowRow, CONFIDENTIAL_BORROW_DOC } from './scope.js';
import { documentBorrows, documents } from './tables.js';

export const borrowLink = (id: string) => `/documents/borrows/${id}`;

export async function lockedBorrow(tx: Tx, id: string): Promise<BorrowRow> {
  const [row] = await tx.select().from(documentBorrows).where(eq(documentBorrows.id, id)).for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** The comment and approver of the step that decided the request. */
async function deciderOf(tx: Tx, requestId: string, status: 'approved' | 'rejected') {
  const [step] = await tx
    .select({ comment: approvalSteps.comment, approverId: approvalSteps.approverId })
    .from(approvalSteps)
    .where(and(eq(approvalSteps.requestId, requestId), eq(approvalSteps.status, status)))
    .orderBy(desc(approvalSteps.seq))
    .limit(1);
  return step ?? { comment: null, approverId: null };
}

export async function setBorrowStatus(
  tx: Tx,
  ctx: Ctx,
  row: BorrowRow,
  change: Partial<BorrowRow> & { status: BorrowRow['status'] },
  action: string,
): Promise<BorrowRow> {
  const [after] = await tx
    .update(documentBorrows)
    .set({ ...change, updatedAt: ctx.clock.now() })
    .where(eq(documentBorrows.id, row.id))
    .returning();
  await audit(tx, ctx, {
    entity: BORROW_ENTITY,
    entityId: row.id,
    action,
    before: { status: row.status },
    after: {
      status: after!.status,
      decidedBy: after!.decidedBy,
      decisionNote: after!.decisionNote,
      signatureFileId: after!.signatureFileId,
      signedAt: after!.signedAt,
      returnedAt: after!.returnedAt,
      returnedTo: after!.returnedTo,
    },
  });
  return after!;
}

async function approved(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const row = await lockedBorrow(tx, req.docId);
  if (row.status !== 'pending') throw appError('BORROW_WRONG_STATUS');
  const step = await deciderOf(tx, req.requestId, 'approved');
  await setBorrowStatus(
    tx,
    ctx,
    row,
    {
      status: 'approved',
      decidedBy: step.approverId,
      decidedAt: ctx.clock.now(),
      decisionNote: step.comment,
    },
    'document_borrow.approve',
  );
}

async function rejected(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const row = await lockedBorrow(tx, req.docId);
  const step = await deciderOf(tx, req.requestId, 'rejected');
  await setBorrowStatus(
    tx,
    ctx,
    row,
    {
      status: 'rejected',
      decidedBy: step.approverId,
      decidedAt: ctx.clock.now(),
      decisionNote: step.comment,
    },
    'document_borrow.reject',
  );
}

async function withdrawn(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  await setBorrowStatus(
    tx,
    ctx,
    await lockedBorrow(tx, req.docId),
    { status: 'withdrawn' },
    'document_borrow.withdraw',
  );
}

/**
 * The loan as the engine sees it: the borrower owns it; the chain walks from the keeper (the
 * keeper's superior is "the level above"), regional roles from the document's unit.
 */
async function describe(db: DbOrTx, docId: string) {
  if (!isUuid(docId)) return null;
  const [row] = await db
    .select({
      number: documents.number,
      title: documents.title,
      unitId: documents.unitId,
      keeperId: documents.keeperId,
      borrowerId: documentBorrows.borrowerId,
    })
    .from(documentBorrows)
    .innerJoin(documents, eq(documents.id, documentBorrows.documentId))
    .where(eq(documentBorrows.id, docId));
  if (!row) return null;
  return {
    title: `${row.number} ${row.title}`,
    amountFen: null,
    unitId: row.unitId,
    ownerId: row.borrowerId,
    chainOf: row.keeperId,
  };
}

const todoFacts = {
  subject: (docId: SQL) =>
    sql`select u.display_name from document_borrows b join users u on u.id = b.borrower_id where b.id::text = ${docId}`,
  detail: (docId: SQL) => ({
    'zh-CN': sql`select '借阅 ' || d.number || '，用途：' || left(b.purpose, 40) || '，' || b.due_on::text || ' 前归还'
      from document_borrows b join documents d on d.id = b.document_id where b.id::text = ${docId}`,
    en: sql`select 'Borrow ' || d.number || ', for: ' || left(b.purpose, 40) || ', back by ' || b.due_on::text
      from document_borrows b join documents d on d.id = b.document_id where b.id::text = ${docId}`,
  }),
};

const common = {
  todoFacts,
  describe,
  async canRead(db: DbOrTx, actor: Parameters<typeof borrowReadable>[0], docId: string) {
    if (!isUuid(docId)) return false;
    const rows = await queryRows<{ ok: boolean }>(
      db,
      sql`select true as ok from document_borrows b join documents on documents.id = b.document_id
        where b.id = ${docId} and ${borrowReadable(actor)}`,
    );
    return rows.length > 0;
  },
  link: (docId: string) => borrowLink(docId),
  async onSubmitted() {},
  onApproved: approved,
  onRejected: rejected,
  onWithdrawn: withdrawn,
};

/** DOC-2/DOC-3: a loan of a public or restricted document, approved by documents.borrowApprovers. */
export const borrowFlow = defineApprovalFlow({
  docType: BORROW_DOC,
  label: { 'zh-CN': '档案借阅', en: 'Document loan' },
  chain: borrowApprovers,
  ...common,
});

/** DOC-2/DOC-3: a loan of a confidential document, approved by documents.confidentialBorrowApprovers. */
export const confidentialBorrowFlow = defineApprovalFlow({
  docType: CONFIDENTIAL_BORROW_DOC,
  label: { 'zh-CN': '机密档案借阅', en: 'Confidential document loan' },
  chain: confidentialBorrowApprovers,
  ...common,
});
