import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { contracts } from '../contracts/index.js';
import { CUSTOMER_SUBJECT, customers } from '../customers/index.js';
import { orders } from '../orders/index.js';
import { products } from '../products/index.js';
import { openStageItem } from './due-items.js';
import { ticketAssignedEvent } from './events.js';
import { getTicket } from './queries.js';
import type { TTicket, TTicketCreate } from './schemas.js';
import { TICKET_ENTITY, type TicketRow, ticketLink } from './scope.js';
import { serviceTickets } from './tables.js';
import { typeWords } from './words.js';

const noSuch = (field: string) =>
  appError('VALIDATION_FAILED', {
    [field]: { 'zh-CN': '不存在或不属于该客户', en: 'Does not exist or is not of this customer' },
  });

/** The contract, order and product a ticket names: they exist and are the customer's. */
async function assertRefs(tx: Tx, customerId: string, input: TTicketCreate): Promise<void> {
  if (input.contractId) {
    const [c] = await tx
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(eq(contracts.id, input.contractId), eq(contracts.customerId, customerId)));
    if (!c) throw noSuch('contractId');
  }
  if (input.orderId) {
    const [o] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.customerId, customerId)));
    if (!o) throw noSuch('orderId');
  }
  if (input.productId) {
    const [p] = await tx.select({ id: products.id }).from(products).where(eq(products.id, input.productId));
    if (!p)
      throw appError('VALIDATION_FAILED', { productId: { 'zh-CN': '产品不存在', en: 'No such product' } });
  }
}

/** The customer a ticket is opened for: any existing customer (CUS-5); only its name and owner are read. */
export async function ticketCustomer(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: customers.id, name: customers.name, ownerId: customers.ownerId })
    .from(customers)
    .where(eq(customers.id, id));
  if (!row)
    throw appError('VALIDATION_FAILED', { customerId: { 'zh-CN': '客户不存在', en: 'No such customer' } });
  return row;
}

/** The owner is told the ticket is theirs (not when they gave it to themselves). */
export async function tellOwner(tx: Tx, ctx: Ctx, ticket: TicketRow, customerName: string): Promise<void> {
  const actor = requireActor(ctx);
  if (ticket.ownerId === actor.id) return;
  const type = typeWords[ticket.type];
  await notify(tx, ctx, {
    userId: ticket.ownerId,
    event: ticketAssignedEvent.key,
    title: {
      'zh-CN': `${actor.displayName} 将服务工单 ${ticket.number}（${type['zh-CN']}，客户「${customerName}」）交给您处理`,
      en: `${actor.displayName} gave you service ticket ${ticket.number} (${type.en}, ${customerName})`,
    },
    body: { 'zh-CN': ticket.title, en: ticket.title },
    subjectType: TICKET_ENTITY,
    subjectId: ticket.id,
    link: ticketLink(ticket.id),
  });
}

/**
 * SVC-1/CUS-5: anyone holding service_ticket:create opens a ticket for any customer, in or out
 * of their own scope. Numbered FW-<year>-<n> (company calendar); owned by the customer's owner
 * (the opener when the customer is in the pool), in the owner's unit; the response and
 * resolution deadlines open from the type's policies; the owner is told; the customer's
 * timeline shows it. One transaction, audited.
 */
export async function openTicket(ctx: Ctx, input: TTicketCreate): Promise<TTicket> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const customer = await ticketCustomer(tx, input.customerId);
    await assertRefs(tx, customer.id, input);
    const ownerId = customer.ownerId ?? actor.id;
    const [owner] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    const at = ctx.clock.now();
    const year = localDate(at, await readCompanyTimeZone(tx, at)).slice(0, 4);
    const n = await nextInSequence(tx, 'service_ticket', year);
    const [row] = await tx
      .insert(serviceTickets)
      .values({
        number: `FW-${year}-${String(n).padStart(4, '0')}`,
        type: input.type,
        priority: input.priority,
        title: input.title,
        description: input.description ?? '',
        customerId: customer.id,
        contractId: input.contractId ?? null,
        orderId: input.orderId ?? null,
        productId: input.productId ?? null,
        ownerId,
        unitId: owner?.unitId ?? actor.unitId,
        openedBy: actor.id,
        status: 'new',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const ticket = row!;
    await audit(tx, ctx, {
      entity: TICKET_ENTITY,
      entityId: ticket.id,
      action: 'service_ticket.create',
      after: ticket,
    });
    const type = typeWords[ticket.type];
    const summary = {
      'zh-CN': `${actor.displayName} 新建服务工单 ${ticket.number}（${type['zh-CN']}）：${ticket.title}`,
      en: `${actor.displayName} opened service ticket ${ticket.number} (${type.en}): ${ticket.title}`,
    };
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'service_ticket.opened',
      summary,
      refType: TICKET_ENTITY,
      refId: ticket.id,
    });
    await addTimelineEvent(tx, ctx, {
      subjectType: TICKET_ENTITY,
      subjectId: ticket.id,
      kind: 'service_ticket.opened',
      summary,
      data: { to: 'new' },
    });
    await openStageItem(tx, ctx, ticket, customer.name, 'response', at);
    await openStageItem(tx, ctx, ticket, customer.name, 'resolution', at);
    await tellOwner(tx, ctx, ticket, customer.name);
    return ticket.id;
  });
  return getTicket(ctx.db, ctx, id);
}
