import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { notify } from '../../platform/notifications/notify.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { closeStageItems, openStageItem } from './due-items.js';
import { serviceTicketResolved, ticketResolvedEvent } from './events.js';
import { ticketCustomer } from './open-ticket.js';
import { getTicket, nextStatuses, readableTicket } from './queries.js';
import type { TTicket, TTicketStatusChange } from './schemas.js';
import { TICKET_ENTITY, type TicketRow, ticketHandleable, ticketLink } from './scope.js';
import { serviceTickets } from './tables.js';
import { statusWords } from './words.js';

/** The audit action of each status reached. */
const auditActions = {
  new: 'service_ticket.create',
  in_progress: 'service_ticket.start',
  waiting: 'service_ticket.wait',
  resolved: 'service_ticket.resolve',
  closed: 'service_ticket.close',
} as const;

/**
 * The ticket locked for a change: readable (else 404) and workable by the actor — its owner or
 * service_ticket:handle's scope (else 403).
 */
export async function lockTicketToHandle(tx: Tx, ctx: Ctx, id: string): Promise<TicketRow> {
  const actor = requireActor(ctx);
  await readableTicket(tx, actor, id);
  const [row] = await tx
    .select()
    .from(serviceTickets)
    .where(and(eq(serviceTickets.id, id), ticketHandleable(actor)))
    .for('update');
  if (!row) throw appError('FORBIDDEN');
  return row;
}

/**
 * SVC-1: a status change along the lifecycle (new → in progress ⇄ waiting for customer →
 * resolved → closed; resolved → in progress reopens). Leaving 新建 is the first response and
 * closes the response deadline; resolving needs the resolution, closes every deadline and
 * emits service_ticket.resolved once; reopening opens a new resolution deadline. Minutes spent
 * are added. Audited, and on the ticket's history (the customer's timeline shows the resolution).
 */
export async function changeTicketStatus(ctx: Ctx, id: string, input: TTicketStatusChange): Promise<TTicket> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await lockTicketToHandle(tx, ctx, id);
    const to = input.status;
    if (!nextStatuses[before.status].includes(to)) {
      throw appError('SERVICE_TICKET_TRANSITION', undefined, {
        from: statusWords[before.status][ctx.lang],
        to: statusWords[to][ctx.lang],
      });
    }
    const resolution = input.resolution ?? null;
    if (to === 'resolved' && !resolution) {
      throw appError('VALIDATION_FAILED', {
        resolution: { 'zh-CN': '解决工单须填写处理结果', en: 'Say how the ticket was resolved' },
      });
    }
    const at = ctx.clock.now();
    const [after] = await tx
      .update(serviceTickets)
      .set({
        status: to,
        updatedAt: at,
        timeSpentMinutes: sql`${serviceTickets.timeSpentMinutes} + ${input.minutes ?? 0}`,
        ...(before.status === 'new' ? { respondedAt: at } : {}),
        ...(to === 'resolved' ? { resolvedAt: at, resolution } : {}),
        ...(to === 'closed' ? { closedAt: at } : {}),
        ...(before.status === 'resolved' && to === 'in_progress' ? { resolvedAt: null } : {}),
      })
      .where(eq(serviceTickets.id, before.id))
      .returning();
    const ticket = after!;
    await audit(tx, ctx, {
      entity: TICKET_ENTITY,
      entityId: ticket.id,
      action:
        before.status === 'resolved' && to === 'in_progress' ? 'service_ticket.reopen' : auditActions[to],
      before: { status: before.status, timeSpentMinutes: before.timeSpentMinutes },
      after: {
        status: ticket.status,
        timeSpentMinutes: ticket.timeSpentMinutes,
        resolution: ticket.resolution,
      },
    });
    const from = statusWords[before.status];
    const toWords = statusWords[to];
    const note = input.note ?? (to === 'resolved' ? resolution : null);
    await addTimelineEvent(tx, ctx, {
      subjectType: TICKET_ENTITY,
      subjectId: ticket.id,
      kind: 'service_ticket.status',
      summary: {
        'zh-CN': `${actor.displayName}：${from['zh-CN']} → ${toWords['zh-CN']}${note ? `（${note}）` : ''}`,
        en: `${actor.displayName}: ${from.en} → ${toWords.en}${note ? ` (${note})` : ''}`,
      },
      data: { from: before.status, to, minutes: input.minutes ?? 0 },
    });
    const customer = await ticketCustomer(tx, ticket.customerId);
    if (before.status === 'new') await closeStageItems(tx, ctx, ticket.id, 'response', 'responded');
    if (to === 'resolved') {
      await closeStageItems(tx, ctx, ticket.id, null, 'resolved');
      await addTimelineEvent(tx, ctx, {
        subjectType: CUSTOMER_SUBJECT,
        subjectId: ticket.customerId,
        kind: 'service_ticket.resolved',
        summary: {
          'zh-CN': `服务工单 ${ticket.number} 已解决：${resolution}`,
          en: `Service ticket ${ticket.number} resolved: ${resolution}`,
        },
        refType: TICKET_ENTITY,
        refId: ticket.id,
      });
      await emit(tx, ctx, serviceTicketResolved, {
        ticketId: ticket.id,
        number: ticket.number,
        customerId: ticket.customerId,
        ownerId: ticket.ownerId,
        type: ticket.type,
        resolvedAt: at,
      });
      if (ticket.openedBy !== actor.id) {
        await notify(tx, ctx, {
          userId: ticket.openedBy,
          event: ticketResolvedEvent.key,
          title: {
            'zh-CN': `您登记的服务工单 ${ticket.number}（客户「${customer.name}」）已解决`,
            en: `Service ticket ${ticket.number} you opened (${customer.name}) was resolved`,
          },
          body: { 'zh-CN': resolution ?? '', en: resolution ?? '' },
          subjectType: TICKET_ENTITY,
          subjectId: ticket.id,
          link: ticketLink(ticket.id),
        });
      }
    }
    if (before.status === 'resolved' && to === 'in_progress') {
      await openStageItem(tx, ctx, ticket, customer.name, 'resolution', at);
    }
  });
  return getTicket(ctx.db, ctx, id);
}
