import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { moneyText } from '../../platform/money.js';
import { isUuid } from '../../platform/schemas.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { contracts, effectiveAmountFen } from '../contracts/index.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { issueCreditNote } from '../receivables/index.js';
import { returnApprovers } from './policies.js';
import type { OrderTimelineKind } from './progress.js';
import { assertCreditWithinContract } from './return-checks.js';
import { RETURN_DOC, returnReadScope } from './scope.js';
import { returnRequests } from './tables.js';

type ReturnRow = typeof returnRequests.$inferSelect;

const kindLabel = {
  return: { 'zh-CN': '退货', en: 'Return' },
  exchange: { 'zh-CN': '换货', en: 'Exchange' },
} as const;

async function load(tx: Tx, id: string): Promise<ReturnRow> {
  const [row] = await tx.select().from(returnRequests).where(eq(returnRequests.id, id)).for('update');
  if (!row) throw new Error(`return ${id} vanished`);
  return row;
}

async function setStatus(tx: Tx, ctx: Ctx, row: ReturnRow, status: ReturnRow['status']) {
  const [after] = await tx
    .update(returnRequests)
    .set({ status, updatedAt: ctx.clock.now() })
    .where(eq(returnRequests.id, row.id))
    .returning();
  return after!;
}

async function onTimeline(tx: Tx, ctx: Ctx, row: ReturnRow, kind: OrderTimelineKind, summary: Localized) {
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: row.customerId,
    kind,
    summary,
    refType: 'return',
    refId: row.id,
  });
}

/** The contract amount with its signed supplements, for the credit check at submission. */
async function contractAmount(tx: Tx, contractId: string) {
  const [c] = await tx.select().from(contracts).where(eq(contracts.id, contractId));
  return effectiveAmountFen(tx, c!);
}

/**
 * Q2C-8: a return or exchange takes effect only through approval — the nearest sales manager up
 * the requester's chain (报销售经理审批), and the sales director only above the amount policy. On approval a credit of more than zero
 * issues a credit note on the contract, which settles its open instalments (the rest becomes
 * customer credit). Submitting checks again that the credits stay within the contract amount.
 */
export const returnFlow = defineApprovalFlow({
  // Q2C-8: 待办 shows the customer and the reason for the return.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from return_requests rr join customers c on c.id = rr.customer_id where rr.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select left(rr.reason, 80) from return_requests rr where rr.id::text = ${docId}`,
      en: sql`select left(rr.reason, 80) from return_requests rr where rr.id::text = ${docId}`,
    }),
  },
  docType: RETURN_DOC,
  label: { 'zh-CN': '退换货', en: 'Return / exchange' },
  chain: returnApprovers,
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(returnRequests).where(eq(returnRequests.id, docId));
    if (!row) return null;
    return {
      title: `${kindLabel[row.kind]['zh-CN']} ${row.number}`,
      amountFen: row.creditFen,
      unitId: row.unitId,
      // The person who wrote the request submits it; the chain is theirs.
      ownerId: row.createdBy ?? row.ownerId,
    };
  },
  async canRead(db, actor, docId) {
    return scopedExists(db, returnRequests, docId, returnReadScope(actor));
  },
  link: (docId) => `/returns?id=${docId}`,
  async onSubmitted(tx, ctx, req: ApprovalHookInput) {
    const row = await load(tx, req.docId);
    await assertCreditWithinContract(
      tx,
      { id: row.contractId, amountFen: await contractAmount(tx, row.contractId) },
      row.creditFen,
      row.id,
    );
    await setStatus(tx, ctx, row, 'reviewing');
    await onTimeline(tx, ctx, row, 'return.submitted', {
      'zh-CN': `${kindLabel[row.kind]['zh-CN']}申请 ${row.number} 已提交审批`,
      en: `${kindLabel[row.kind].en} ${row.number} submitted for approval`,
    });
  },
  async onApproved(tx, ctx, req) {
    const row = await load(tx, req.docId);
    const after = await setStatus(tx, ctx, row, 'approved');
    let note = null;
    if (row.creditFen > 0n) {
      note = await issueCreditNote(tx, ctx, {
        contractId: row.contractId,
        customerId: row.customerId,
        amountFen: row.creditFen,
        sourceType: 'return',
        sourceId: row.id,
      });
    }
    await onTimeline(
      tx,
      ctx,
      row,
      'return.approved',
      row.creditFen > 0n
        ? {
            'zh-CN': `${kindLabel[row.kind]['zh-CN']} ${row.number} 已批准，开具贷项通知冲减应收 ${moneyText(row.creditFen)}`,
            en: `${kindLabel[row.kind].en} ${row.number} approved; credit note ${moneyText(row.creditFen)}`,
          }
        : {
            'zh-CN': `${kindLabel[row.kind]['zh-CN']} ${row.number} 已批准`,
            en: `${kindLabel[row.kind].en} ${row.number} approved`,
          },
    );
    await audit(tx, ctx, {
      entity: 'return_request',
      entityId: row.id,
      action: 'return.approve',
      before: row,
      after: { return: after, creditNoteId: note?.note.id ?? null },
    });
  },
  async onRejected(tx, ctx, req) {
    const row = await load(tx, req.docId);
    const after = await setStatus(tx, ctx, row, 'rejected');
    await onTimeline(tx, ctx, row, 'return.rejected', {
      'zh-CN': `${kindLabel[row.kind]['zh-CN']} ${row.number} 被驳回`,
      en: `${kindLabel[row.kind].en} ${row.number} rejected`,
    });
    await audit(tx, ctx, {
      entity: 'return_request',
      entityId: row.id,
      action: 'return.reject',
      before: row,
      after,
    });
  },
  async onWithdrawn(tx, ctx, req) {
    const row = await load(tx, req.docId);
    const after = await setStatus(tx, ctx, row, 'draft');
    await audit(tx, ctx, {
      entity: 'return_request',
      entityId: row.id,
      action: 'return.withdraw',
      before: row,
      after,
    });
  },
});
