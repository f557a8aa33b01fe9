import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { approvalAmount, creditCheckOf, hasCreditRisk } from './credit-check.js';
import { contractApprovers } from './policies.js';
import { CONTRACT, contractReadScope } from './scope.js';
import { contracts } from './tables.js';
import { type ContractEvent, contractTimelineEvent } from './timeline.js';

type Status = (typeof contracts.$inferSelect)['status'];

/**
 * CUS-9: the steps were resolved from the credit check stored on the contract (the submit route
 * refreshes it first). If the customer became a credit risk since it was stored (a debt fell
 * overdue), the submission is refused so it is made again with the fresh figures.
 */
async function assertCreditCheckCurrent(tx: Tx, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(contracts).where(eq(contracts.id, id));
  if (!row) return;
  const fresh = await creditCheckOf(tx, ctx, row);
  if (hasCreditRisk(fresh) && !hasCreditRisk(row.creditCheck)) throw appError('CONTRACT_CREDIT_CHANGED');
}

function setStatus(status: Status, event?: ContractEvent) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    const [row] = await tx
      .update(contracts)
      .set({ status, updatedAt: ctx.clock.now() })
      .where(eq(contracts.id, req.docId))
      .returning();
    if (row && event) await contractTimelineEvent(tx, ctx, row, event);
  };
}

/**
 * Q2C-6: the nearest sales manager reviews every contract; above the director threshold the
 * sales director too (major contracts), above the GM threshold the general manager.
 * CUS-9: a customer over its credit limit or with overdue debt adds finance (the credit check
 * stored on the contract at submission). Thresholds are policies read at submission.
 */
export const contractFlow = defineApprovalFlow({
  // 待办 shows the customer and the contract's number and title beside the step.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from contracts k join customers c on c.id = k.customer_id where k.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select k.number || ' · ' || k.title from contracts k where k.id::text = ${docId}`,
      en: sql`select k.number || ' · ' || k.title from contracts k where k.id::text = ${docId}`,
    }),
  },
  docType: CONTRACT,
  label: { 'zh-CN': '合同审批', en: 'Contract' },
  chain: contractApprovers,
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(contracts).where(eq(contracts.id, docId));
    if (!row) return null;
    return {
      title: `${row.number} ${row.title}`,
      amountFen: approvalAmount(row),
      unitId: row.unitId,
      ownerId: row.ownerId,
      flags: hasCreditRisk(row.creditCheck) ? ['creditRisk'] : [],
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(eq(contracts.id, docId), contractReadScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => `/contracts/${docId}`,
  onSubmitted: async (tx, ctx, req) => {
    await assertCreditCheckCurrent(tx, ctx, req.docId);
    await setStatus('reviewing', 'submitted')(tx, ctx, req);
  },
  onApproved: setStatus('approved', 'approved'),
  onRejected: setStatus('rejected', 'rejected'),
  onWithdrawn: setStatus('draft'),
});
