import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import type { Ctx } from '../../platform/context.js';
import { isUuid } from '../../platform/schemas.js';
import { requestApprovers } from './policies.js';
import { requestScope } from './scope.js';
import { generalRequests } from './tables.js';

export const GENERAL_REQUEST = 'general_request';

type Status = (typeof generalRequests.$inferSelect)['status'];

function setStatus(status: Status) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    await tx
      .update(generalRequests)
      .set({ status, updatedAt: ctx.clock.now() })
      .where(eq(generalRequests.id, req.docId));
  };
}

/**
 * ORG-3 (逐级): a general request goes to the direct superior, then the nearest sales manager
 * up the chain; above the director threshold also the sales director, above the GM
 * threshold also the general manager. Thresholds are policies read at submission.
 */
export const generalRequestFlow = defineApprovalFlow({
  docType: GENERAL_REQUEST,
  label: { 'zh-CN': '通用申请', en: 'General request' },
  chain: requestApprovers,
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(generalRequests).where(eq(generalRequests.id, docId));
    return row
      ? { title: row.title, amountFen: row.amountFen, unitId: row.unitId, ownerId: row.ownerId }
      : null;
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: generalRequests.id })
      .from(generalRequests)
      .where(and(eq(generalRequests.id, docId), requestScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => `/requests?id=${docId}`,
  // ORG-3: 待办 shows the request's reason beside the step.
  todoFacts: {
    detail: (docId) => ({
      'zh-CN': sql`select left(content, 80) from general_requests where id::text = ${docId}`,
      en: sql`select left(content, 80) from general_requests where id::text = ${docId}`,
    }),
  },
  onSubmitted: setStatus('pending'),
  onApproved: setStatus('approved'),
  onRejected: setStatus('rejected'),
  onWithdrawn: setStatus('withdrawn'),
});
