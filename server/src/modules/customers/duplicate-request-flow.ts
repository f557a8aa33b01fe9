import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { duplicateRequestApprovers } from './policies.js';
import { moveCustomerOwner } from './pool/reassign-customer.js';
import { putCollaborator } from './set-collaborator.js';
import { customerDuplicateRequests, customers } from './tables.js';

export const DUPLICATE_REQUEST = 'customer_duplicate_request';

type Status = (typeof customerDuplicateRequests.$inferSelect)['status'];

async function requestRow(db: DbOrTx, docId: string) {
  if (!isUuid(docId)) return null;
  const [row] = await db
    .select({
      id: customerDuplicateRequests.id,
      kind: customerDuplicateRequests.kind,
      reason: customerDuplicateRequests.reason,
      customerId: customerDuplicateRequests.customerId,
      requesterId: customerDuplicateRequests.requesterId,
      ownerId: customerDuplicateRequests.ownerId,
      unitId: customerDuplicateRequests.unitId,
      customerName: customers.name,
    })
    .from(customerDuplicateRequests)
    .innerJoin(customers, eq(customers.id, customerDuplicateRequests.customerId))
    .where(eq(customerDuplicateRequests.id, docId));
  return row ?? null;
}

function setStatus(status: Status) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    await tx
      .update(customerDuplicateRequests)
      .set({ status, updatedAt: ctx.clock.now() })
      .where(eq(customerDuplicateRequests.id, req.docId));
  };
}

/**
 * On approval the requester joins the customer: as a read-write collaborator, or as its owner
 * (ownership log, owned cap). A customer whose owner changed meanwhile is a conflict: the
 * approval does not go through and the request can be withdrawn.
 */
async function grant(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const request = await requestRow(tx, req.docId);
  if (!request) throw appError('NOT_FOUND');
  const [c] = await tx
    .select({
      id: customers.id,
      name: customers.name,
      ownerId: customers.ownerId,
      previousOwnerId: customers.previousOwnerId,
      unitId: customers.unitId,
    })
    .from(customers)
    .where(eq(customers.id, request.customerId))
    .for('update');
  const [requester] = await tx
    .select({ id: users.id, displayName: users.displayName, unitId: users.unitId })
    .from(users)
    .where(and(eq(users.id, request.requesterId), eq(users.status, 'active')));
  if (!c || !requester || c.ownerId !== request.ownerId) throw appError('CONFLICT');
  if (request.kind === 'collaborate') {
    await putCollaborator(tx, ctx, c.id, requester, 'write');
  } else {
    await moveCustomerOwner(tx, ctx, c, requester, request.reason, ctx.clock.now());
  }
  await setStatus('approved')(tx, ctx, req);
}

/**
 * CUS-1 (no 撞单): a request to collaborate on or take over a customer found as a duplicate. The
 * chain walks up the existing owner's superiors (the request is about their customer).
 */
export const duplicateRequestFlow = defineApprovalFlow({
  // CUS-1: 待办 shows the customer and what is asked, with the reason.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from customer_duplicate_requests d join customers c on c.id = d.customer_id
        where d.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select case d.kind when 'transfer' then '申请转移' else '申请协作' end
        || coalesce('：' || left(d.reason, 80), '') from customer_duplicate_requests d where d.id::text = ${docId}`,
      en: sql`select case d.kind when 'transfer' then 'Transfer' else 'Collaboration' end
        || coalesce(': ' || left(d.reason, 80), '') from customer_duplicate_requests d where d.id::text = ${docId}`,
    }),
  },
  docType: DUPLICATE_REQUEST,
  label: { 'zh-CN': '撞单协作/转移申请', en: 'Duplicate customer: collaboration or transfer' },
  chain: duplicateRequestApprovers,
  async describe(db, docId) {
    const row = await requestRow(db, docId);
    if (!row) return null;
    const what =
      row.kind === 'transfer'
        ? { 'zh-CN': '申请转移', en: 'Transfer' }
        : { 'zh-CN': '申请协作', en: 'Collaboration' };
    return {
      title: `${what['zh-CN']}：${row.customerName}`,
      amountFen: null,
      unitId: row.unitId,
      ownerId: row.requesterId,
      chainOf: row.ownerId,
    };
  },
  async canRead(db, actor, docId) {
    const row = await requestRow(db, docId);
    return row !== null && (row.requesterId === actor.id || row.ownerId === actor.id);
  },
  link: () => '/approvals',
  onSubmitted: setStatus('pending'),
  onApproved: grant,
  onRejected: setStatus('rejected'),
  onWithdrawn: setStatus('withdrawn'),
});
