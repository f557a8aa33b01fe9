import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import type { Ctx } from '../../platform/context.js';
import { isUuid } from '../../platform/schemas.js';
import { sealUseApprovers } from './policies.js';
import { SEAL_REQUEST, sealRequestScope } from './scope.js';
import { sealRequests, seals } from './tables.js';

type Status = (typeof sealRequests.$inferSelect)['status'];

function setStatus(status: Status) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    await tx
      .update(sealRequests)
      .set({ status, updatedAt: ctx.clock.now() })
      .where(eq(sealRequests.id, req.docId));
  };
}

/** Q2C-9: a seal leaves custody only on a request approved by the superior and the sales manager. */
export const sealRequestFlow = defineApprovalFlow({
  // Q2C-9: 待办 shows which seal and what it is for.
  todoFacts: {
    subject: (docId) =>
      sql`select sl.name from seal_requests sr join seals sl on sl.id = sr.seal_id where sr.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select left(sr.purpose, 80) from seal_requests sr where sr.id::text = ${docId}`,
      en: sql`select left(sr.purpose, 80) from seal_requests sr where sr.id::text = ${docId}`,
    }),
  },
  docType: SEAL_REQUEST,
  label: { 'zh-CN': '用印申请', en: 'Seal use request' },
  chain: sealUseApprovers,
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ r: sealRequests, sealName: seals.name })
      .from(sealRequests)
      .innerJoin(seals, eq(seals.id, sealRequests.sealId))
      .where(eq(sealRequests.id, docId));
    return row
      ? {
          title: `${row.sealName}：${row.r.purpose}`,
          amountFen: null,
          unitId: row.r.unitId,
          ownerId: row.r.requesterId,
        }
      : null;
  },
  async canRead(db, actor, docId) {
    return scopedExists(db, sealRequests, docId, sealRequestScope(actor));
  },
  link: () => '/seals?tab=requests',
  onSubmitted: setStatus('reviewing'),
  onApproved: setStatus('approved'),
  onRejected: setStatus('rejected'),
  onWithdrawn: setStatus('draft'),
});
