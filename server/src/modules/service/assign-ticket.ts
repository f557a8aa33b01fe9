import { and, eq } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { lockTicketToHandle } from './change-status.js';
import { moveStageItems } from './due-items.js';
import { tellOwner, ticketCustomer } from './open-ticket.js';
import { getTicket } from './queries.js';
import type { TTicket } from './schemas.js';
import { TICKET_ENTITY } from './scope.js';
import { serviceTickets } from './tables.js';
import { statusWords } from './words.js';

/**
 * SVC-1: the ticket handed to another owner — an active person within the actor's
 * service_ticket:handle scope (a rep, whose scope is their own, cannot push tickets onto
 * others). The open deadlines move with it; the new owner is told. Audited, on the history.
 */
export async function assignTicket(
  ctx: Ctx,
  id: string,
  input: { ownerId: string; note?: string | null },
): Promise<TTicket> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await lockTicketToHandle(tx, ctx, id);
    if (before.status === 'closed') {
      throw appError('SERVICE_TICKET_TRANSITION', undefined, {
        from: statusWords.closed[ctx.lang],
        to: ctx.lang === 'en' ? 'handed over' : '转交',
      });
    }
    const [owner] = await tx
      .select({ id: users.id, unitId: users.unitId, displayName: users.displayName })
      .from(users)
      .where(
        and(
          eq(users.id, input.ownerId),
          eq(users.status, 'active'),
          scopeCondition(actor, 'service_ticket:handle', { owner: users.id, unit: users.unitId }),
        ),
      );
    if (!owner) {
      throw appError('VALIDATION_FAILED', {
        ownerId: {
          'zh-CN': '只能交给您管辖范围内的在职人员',
          en: 'Choose an active person within your scope',
        },
      });
    }
    if (owner.id === before.ownerId) return;
    const at = ctx.clock.now();
    const [after] = await tx
      .update(serviceTickets)
      .set({ ownerId: owner.id, unitId: owner.unitId, updatedAt: at })
      .where(eq(serviceTickets.id, before.id))
      .returning();
    const ticket = after!;
    await audit(tx, ctx, {
      entity: TICKET_ENTITY,
      entityId: ticket.id,
      action: 'service_ticket.assign',
      before: { ownerId: before.ownerId, unitId: before.unitId },
      after: { ownerId: ticket.ownerId, unitId: ticket.unitId },
    });
    await addTimelineEvent(tx, ctx, {
      subjectType: TICKET_ENTITY,
      subjectId: ticket.id,
      kind: 'service_ticket.assigned',
      summary: {
        'zh-CN': `${actor.displayName} 将工单交给 ${owner.displayName}${input.note ? `（${input.note}）` : ''}`,
        en: `${actor.displayName} gave the ticket to ${owner.displayName}${input.note ? ` (${input.note})` : ''}`,
      },
      data: { from: before.ownerId, to: owner.id },
    });
    await moveStageItems(tx, ctx, ticket);
    const customer = await ticketCustomer(tx, ticket.customerId);
    await tellOwner(tx, ctx, ticket, customer.name);
  });
  return getTicket(ctx.db, ctx, id);
}
