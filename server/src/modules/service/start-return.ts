import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { createReturnIn } from '../orders/index.js';
import { lockTicketToHandle } from './change-status.js';
import { getTicket } from './queries.js';
import type { TTicket } from './schemas.js';
import { TICKET_ENTITY } from './scope.js';
import { serviceTickets } from './tables.js';

/**
 * SVC-1/Q2C-8: a return/exchange ticket starts the orders module's return flow — a draft return
 * request on the ticket's contract (or the one named), checked by the orders module as always
 * (a signed main contract in the actor's contract scope, the order of it, the credit within it).
 * The ticket keeps the return's id; one return per ticket. One transaction, audited.
 */
export async function startReturn(
  ctx: Ctx,
  id: string,
  input: {
    kind: 'return' | 'exchange';
    contractId?: string | null;
    orderId?: string | null;
    reason?: string | null;
    creditFen: string;
  },
): Promise<TTicket> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const ticket = await lockTicketToHandle(tx, ctx, id);
    if (ticket.type !== 'return' || ticket.returnId || ticket.status === 'closed') {
      throw appError('SERVICE_TICKET_NOT_RETURN');
    }
    const contractId = input.contractId ?? ticket.contractId;
    if (!contractId) {
      throw appError('VALIDATION_FAILED', {
        contractId: { 'zh-CN': '请选择退换货所依据的合同', en: 'Choose the contract of the return' },
      });
    }
    const made = await createReturnIn(tx, ctx, {
      kind: input.kind,
      contractId,
      orderId: input.orderId ?? ticket.orderId ?? null,
      reason: input.reason ?? `${ticket.number}：${ticket.title}`,
      creditFen: input.creditFen,
    });
    if (made.customer.id !== ticket.customerId) {
      throw appError('VALIDATION_FAILED', {
        contractId: { 'zh-CN': '合同不属于该工单的客户', en: 'The contract is not of the ticket’s customer' },
      });
    }
    await tx
      .update(serviceTickets)
      .set({ returnId: made.id, updatedAt: ctx.clock.now() })
      .where(eq(serviceTickets.id, ticket.id));
    await audit(tx, ctx, {
      entity: TICKET_ENTITY,
      entityId: ticket.id,
      action: 'service_ticket.return',
      before: { returnId: null },
      after: { returnId: made.id },
    });
    await addTimelineEvent(tx, ctx, {
      subjectType: TICKET_ENTITY,
      subjectId: ticket.id,
      kind: 'service_ticket.return',
      summary: {
        'zh-CN': `${actor.displayName} 发起${input.kind === 'return' ? '退货' : '换货'}申请 ${made.number}`,
        en: `${actor.displayName} started ${input.kind === 'return' ? 'return' : 'exchange'} ${made.number}`,
      },
      refType: 'return',
      refId: made.id,
    });
  });
  return getTicket(ctx.db, ctx, id);
}
